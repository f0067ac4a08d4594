package dev.newsmodel.parser.persons;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * The words around a capitalised name that make it a place, a company or a ship rather than a
 * person: "the village of Teldau", "the Oko-Oba abattoir", "Coral Gables, Fla.", "operator
 * Grameenphone", "USS Carl Vinson". Stateless.
 */
final class PlaceContexts {
  private PlaceContexts() {}

  /**
   * Whether the words around the span make it a place ("the village of Teldau", "the Oko-Oba
   * abattoir", "Coral Gables, Fla."), a company ("operator Grameenphone") or a ship.
   */
  static boolean isPlaceOrCompany(Span span, Tokens tokens) {
    int before = span.firstToken - 1;
    if (before >= 0 && (tokens.is(before, "USS") || tokens.is(before, "HMS"))) {
      return true; // a ship: "USS Carl Vinson"
    }
    int next = span.endToken;
    if (next < tokens.size()
        && tokens.kind(next) == Tokens.WORD
        && WordList.hasText(FOLLOWING_PLACE_NOUNS, tokens, next)) {
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
}
