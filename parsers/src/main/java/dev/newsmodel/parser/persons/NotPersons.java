package dev.newsmodel.parser.persons;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Gazetteer;
import dev.newsmodel.parser.lexicon.GivenNames;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.Locale;

/**
 * Capitalised words that are not a person's name, by their own shape or by what stands around them:
 * organisations ("Center for Strategic and International Studies"), places ("the village of
 * Teldau", "San Leandro", "Paradise Bay"), sentence adverbs, and headline run-ons ("Ukraine-Ukraine
 * said"). Stateless.
 */
final class NotPersons {
  private NotPersons() {}

  /**
   * Capitalised words that run on into an organisation's name ("Nonviolent Coordinating Committee")
   * or end one ("Council on Foreign Relations") are part of it.
   */
  static boolean insideOrganisationName(Span span, Tokens tokens) {
    int after = span.endToken;
    if (after < tokens.size() && tokens.is(after, "&")) {
      return true; // "Dezan Shira & Associates"
    }
    if (after < tokens.size()
        && tokens.kind(after) == Tokens.WORD
        && Character.isUpperCase(tokens.firstChar(after))
        && Gazetteer.isOrganisationWord(tokens, after)) {
      return true;
    }
    // "Center for Strategic and International Studies", "Office of the Director of National
    // Intelligence": walk back over capitalised words and links to an organisation word.
    if (span.title != null || GivenNames.contains(span.words()[0])) {
      return false;
    }
    for (int i = span.firstToken - 1, steps = 0; i >= 0 && steps < 8; i--, steps++) {
      if (tokens.kind(i) != Tokens.WORD) {
        return false;
      }
      if (tokens.lowerEquals(i, "on")
          || tokens.lowerEquals(i, "for")
          || tokens.lowerEquals(i, "of")
          || tokens.lowerEquals(i, "and")
          || tokens.lowerEquals(i, "the")) {
        continue;
      }
      if (!Character.isUpperCase(tokens.firstChar(i))) {
        return false;
      }
      boolean linkAfter =
          tokens.is(i + 1, "of") || tokens.is(i + 1, "for") || tokens.is(i + 1, "on");
      if (linkAfter && Gazetteer.isOrganisationWord(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  /** "House Bill 1523", "Resolution 2254": a name with a number is a law, a model, a flight. */
  static boolean beforeNumber(Span span, Tokens tokens) {
    int after = span.endToken;
    return after < tokens.size()
        && tokens.kind(after) == Tokens.NUMBER
        && tokens.start(after) > tokens.end(after - 1)
        && !(after + 1 < tokens.size() && WordList.has(COUNTED, tokens, after + 1));
  }

  /** What a number after a name counts when the name is a person: "shot McDonald 16 times". */
  private static final java.util.Set<String> COUNTED =
      WordList.of("times", "percent", "points", "votes", "years", "months", "days", "goals");

  /** Sentence adverbs and compounds that a capital letter does not make a name. */
  static boolean notAName(String[] words) {
    for (String word : words) {
      if (word.endsWith("-based") || word.endsWith("-led") || word.endsWith("-backed")) {
        return true; // "Kabul-based", "Saudi-led"
      }
      if (word.length() > 2
          && word.endsWith("s")
          && Scanner.isAllCaps(word.substring(0, word.length() - 1))) {
        return true; // "NGOs"
      }
      int hyphen = word.indexOf('-');
      if (hyphen > 0
          && hyphen + 1 < word.length()
          && Character.isUpperCase(word.charAt(hyphen + 1))
          && (RUN_ON_WORDS.contains(word.substring(hyphen + 1))
              || Gazetteer.isPlace(word.substring(0, hyphen))
              || Gazetteer.isPlace(word.substring(hyphen + 1))
              || Gazetteer.isOrganisationWord(word.substring(0, hyphen))
              || Gazetteer.isOrganisationWord(word.substring(hyphen + 1)))) {
        return true; // "Ukraine-Ukraine", "Investigation-Hezbollah": a headline run into text
      }
    }
    if (words.length >= 2
        && (PLACE_PREFIXES.contains(words[0])
            || GEOGRAPHIC_ENDS.contains(words[words.length - 1]))) {
      return true; // "San Leandro", "Fort Worth", "Paradise Bay", "Blue Nile"
    }
    return words.length == 1 && SENTENCE_ADVERBS.contains(words[0].toLowerCase(Locale.ROOT));
  }

  /** Capitalised function words that a headline run into the text leaves after a hyphen. */
  private static final java.util.Set<String> RUN_ON_WORDS =
      WordList.of(
          "The", "When", "As", "But", "In", "On", "A", "An", "If", "After", "Before", "While",
          "For", "At", "With", "From", "And", "Or", "It", "This", "That", "Since", "Despite",
          "However");

  /** Last words that make a name a place: "Paradise Bay", "Blue Nile". */
  private static final java.util.Set<String> GEOGRAPHIC_ENDS =
      WordList.of(
          "Bay",
          "Nile",
          "River",
          "Lake",
          "Valley",
          "Island",
          "Islands",
          "Mountains",
          "Coast",
          "Sea",
          "Gulf",
          "Strait",
          "Peninsula",
          "Desert",
          "Square",
          "Street",
          "Avenue",
          "Road",
          "Bridge",
          "Airport",
          "Station",
          "Canal",
          "Harbor",
          "Harbour",
          "Heights",
          "Plaza",
          "Day");

  private static final java.util.Set<String> PLACE_PREFIXES =
      WordList.of("San", "Santa", "Los", "Las", "Fort", "Port", "Lake", "Mount", "Saint");

  private static final java.util.Set<String> SENTENCE_ADVERBS =
      WordList.of(
          "nonetheless",
          "nevertheless",
          "however",
          "meanwhile",
          "moreover",
          "furthermore",
          "instead",
          "indeed",
          "additionally",
          "consequently",
          "therefore",
          "thus",
          "otherwise",
          "likewise",
          "similarly",
          "besides",
          "afterward",
          "afterwards",
          "overall",
          "separately",
          "elsewhere",
          "still",
          "yet",
          "hence",
          "accordingly",
          "ultimately",
          "today",
          "yesterday",
          "tomorrow",
          "tonight",
          "earlier",
          "later");

  /**
   * "the village of Teldau", "the town of Kilis", "the Oko-Oba abattoir": a place, not a person.
   */
  static boolean afterPlaceNoun(Span span, Tokens tokens) {
    int before = span.firstToken - 1;
    if (before >= 0 && (tokens.is(before, "USS") || tokens.is(before, "HMS"))) {
      return true; // a ship: "USS Carl Vinson"
    }
    int next = span.endToken;
    if (next < tokens.size()
        && tokens.kind(next) == Tokens.WORD
        && FOLLOWING_PLACE_NOUNS.contains(tokens.text(next))) {
      return true;
    }
    int of = span.firstToken - 1;
    if (of >= 1
        && tokens.is(of, "of")
        && tokens.kind(of - 1) == Tokens.WORD
        && WordList.has(PLACE_NOUNS, tokens, of - 1)) {
      return true;
    }
    return span.title == null && (beforeState(span, tokens) || afterCompanyNoun(span, tokens));
  }

  /** "Coral Gables, Fla.", "Ferguson, Missouri", "Charlotte, NC": a town and its state. */
  private static boolean beforeState(Span span, Tokens tokens) {
    int comma = span.endToken;
    if (comma + 1 >= tokens.size() || !tokens.is(comma, ",")) {
      return false;
    }
    int next = comma + 1;
    if (tokens.kind(next) != Tokens.WORD
        || next + 1 < tokens.size()
            && tokens.lower(next + 1).endsWith("s")
            && tokens.kind(next + 1) == Tokens.WORD
            && tokens.end(next) == tokens.start(next + 1)) {
      return false; // "Peter Newsham, Washington’s police chief"
    }
    String word = tokens.text(next);
    if (next + 1 < tokens.size()
        && tokens.is(next + 1, ".")
        && STATE_ABBREVIATIONS.contains(word)) {
      return true;
    }
    if (US_STATES.contains(word)) {
      return true;
    }
    int hyphen = word.indexOf('-');
    String head = hyphen > 0 ? word.substring(0, hyphen) : word;
    return head.length() == 2 && STATE_CODES.contains(head);
  }

  /** "mobile phone operator Grameenphone", "broadcaster Fox": a company noun before a name. */
  private static boolean afterCompanyNoun(Span span, Tokens tokens) {
    int before = span.firstToken - 1;
    if (before > 0 && (tokens.is(before, "The") || tokens.is(before, "the"))) {
      before--; // "newspaper The Nation"
    }
    return before >= 0
        && tokens.kind(before) == Tokens.WORD
        && Character.isLowerCase(tokens.firstChar(before))
        && WordList.has(COMPANY_NOUNS, tokens, before);
  }

  private static final java.util.Set<String> COMPANY_NOUNS =
      WordList.of(
          "operator",
          "carrier",
          "firm",
          "company",
          "maker",
          "carmaker",
          "automaker",
          "giant",
          "retailer",
          "insurer",
          "broadcaster",
          "airline",
          "startup",
          "manufacturer",
          "newspaper",
          "website",
          "outlet",
          "conglomerate",
          "chain",
          "brand",
          "lender",
          "platform",
          "app",
          "channel",
          "tabloid",
          "portal",
          "charity",
          "group's");

  private static final java.util.Set<String> STATE_ABBREVIATIONS =
      WordList.of(
          "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
          "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla",
          "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo");

  private static final java.util.Set<String> STATE_CODES =
      WordList.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
          "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
          "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
          "VA", "WA", "WV", "WI", "WY");

  private static final java.util.Set<String> US_STATES =
      WordList.of(
          "Alabama",
          "Alaska",
          "Arizona",
          "Arkansas",
          "California",
          "Colorado",
          "Connecticut",
          "Delaware",
          "Florida",
          "Georgia",
          "Hawaii",
          "Idaho",
          "Illinois",
          "Indiana",
          "Iowa",
          "Kansas",
          "Kentucky",
          "Louisiana",
          "Maine",
          "Maryland",
          "Massachusetts",
          "Michigan",
          "Minnesota",
          "Mississippi",
          "Missouri",
          "Montana",
          "Nebraska",
          "Nevada",
          "Ohio",
          "Oklahoma",
          "Oregon",
          "Pennsylvania",
          "Tennessee",
          "Texas",
          "Utah",
          "Vermont",
          "Virginia",
          "Washington",
          "Wisconsin",
          "Wyoming");

  private static final java.util.Set<String> FOLLOWING_PLACE_NOUNS =
      WordList.of(
          "hotel",
          "airport",
          "stadium",
          "arena",
          "square",
          "street",
          "avenue",
          "road",
          "hospital",
          "university",
          "school",
          "college",
          "abattoir",
          "camp",
          "mosque",
          "church",
          "temple",
          "market",
          "prison",
          "bridge",
          "river",
          "valley",
          "province",
          "district",
          "county",
          "border",
          "crossing",
          "refinery",
          "dam",
          "base",
          "port",
          "slaughterhouse",
          "town",
          "city",
          "village",
          "restaurant",
          "cafe",
          "diner",
          "mall");

  private static final java.util.Set<String> PLACE_NOUNS =
      WordList.of(
          "village",
          "town",
          "city",
          "province",
          "region",
          "district",
          "county",
          "state",
          "capital",
          "neighborhood",
          "neighbourhood",
          "suburb",
          "island",
          "islands",
          "port",
          "municipality",
          "governorate",
          "prefecture",
          "republic",
          "kingdom",
          "outskirts",
          "resident",
          "residents",
          "native",
          "natives");

  static boolean looksLikeOrganisationOrPlace(Span span) {
    String[] words = span.words();
    // "Park Geun-hye": a family name that is also a common noun, first in a short name.
    int from = words.length >= 2 && Lexicon.FAMILY_FIRST.contains(words[0]) ? 1 : 0;
    for (int k = from; k < words.length; k++) {
      String word = words[k];
      if (NameWords.isOrganisationWord(word)) {
        return true;
      }
      // "Heinz Christian Strache": a demonym that is also a given name, before the family name.
      if (Lexicon.DEMONYMS.contains(word)
          && !(k > 0 && k < words.length - 1 && GivenNames.contains(word))) {
        return true;
      }
    }
    return Gazetteer.isPlace(span.text);
  }
}
