package dev.newsmodel.parser.sentences;

import dev.newsmodel.parser.lexicon.WordList;
import java.util.Set;

/** Words that a full stop follows without ending the sentence, by how they behave. */
final class Abbreviations {
  private Abbreviations() {}

  /** Titles before a name: never end a sentence ("Gen. Milley", "Mr. Wang"). */
  static final Set<String> TITLES =
      WordList.of(
          "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Gens", "Sen", "Sens", "Rep", "Reps", "Gov",
          "Lt", "Col", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Maj", "Adm", "Cmdr", "Brig", "Rev",
          "Hon", "Pres", "Supt", "Insp", "Atty", "Msgr", "Fr", "Sr", "Sra", "Mme", "Mlle", "St",
          "Mt", "Ft", "Amb", "Dist", "Det", "Cdr");

  /** Month abbreviations: not an end before a day or year number ("Jan. 6"). */
  static final Set<String> MONTHS =
      WordList.of(
          "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

  /** Abbreviations before a number ("No. 10", "Art. 5"). */
  static final Set<String> BEFORE_NUMBER =
      WordList.of(
          "No", "Nos", "no", "Art", "art", "Fig", "fig", "Vol", "vol", "p", "pp", "ch", "Ch");

  /**
   * Abbreviations that often end a sentence too ("Acme Inc.", "in the U.S."): a sentence ends after
   * them only when the next word usually starts one.
   */
  static final Set<String> AMBIGUOUS =
      WordList.of(
          "Inc", "Corp", "Ltd", "Co", "Bros", "etc", "vs", "Jr", "approx", "est", "Dept", "dept",
          "Univ", "Ave", "Blvd", "Rd", "Gov't", "Assn", "Calif", "Mass", "Penn", "Conn", "Wash",
          "Ill", "Fla", "Ariz", "Colo", "Mich", "Minn", "Tenn", "Ky", "La", "Md", "Va", "Ga", "Ala",
          "Okla", "Wis", "Nev", "Ore", "Kan", "Neb", "Miss");

  /** Words that usually begin a sentence, used after an ambiguous abbreviation. */
  static final Set<String> SENTENCE_STARTERS =
      WordList.of(
          "The",
          "A",
          "An",
          "He",
          "She",
          "It",
          "They",
          "We",
          "I",
          "You",
          "His",
          "Her",
          "Its",
          "Their",
          "Our",
          "But",
          "And",
          "Or",
          "So",
          "Yet",
          "In",
          "On",
          "At",
          "For",
          "If",
          "When",
          "While",
          "After",
          "Before",
          "Since",
          "As",
          "This",
          "That",
          "These",
          "Those",
          "There",
          "Here",
          "Then",
          "However",
          "Meanwhile",
          "Still",
          "Also",
          "Now",
          "Some",
          "Many",
          "Most",
          "Other",
          "Others",
          "One",
          "Two",
          "No",
          "Not",
          "What",
          "Why",
          "How",
          "Who",
          "Where",
          "Although",
          "Though",
          "Despite",
          "According",
          "Last",
          "Next",
          "Earlier",
          "Later");
}
