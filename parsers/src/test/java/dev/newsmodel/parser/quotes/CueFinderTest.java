package dev.newsmodel.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.quotes.CueFinder.Casing;
import dev.newsmodel.parser.tokens.Tokenizer;
import org.junit.jupiter.api.Test;

class CueFinderTest {
  private static final Language LANGUAGE = Language.english();
  private static final QuoteWords WORDS = new QuoteWords(LANGUAGE);
  private static final Cues CUES = new Cues(WORDS);
  private static final Tokenizer TOKENIZER = new Tokenizer(LANGUAGE);

  private static Tokens tokens(String text) {
    return TOKENIZER.tokenize(text);
  }

  private static CueFinder finder(Tokens tokens) {
    return new CueFinder(tokens, CUES, WORDS);
  }

  /** The text of the cue found, or null. */
  private static String text(String text, Tokens tokens, TokenRange cue) {
    if (cue == null) {
      return null;
    }
    CharRange chars = cue.chars(tokens);
    return text.substring(chars.start(), chars.end());
  }

  @Test
  void findsTheFirstAndTheLastCue() {
    String text = "Wang said the minister told them so.";
    Tokens tokens = tokens(text);
    CueFinder cues = finder(tokens);

    assertThat(text(text, tokens, cues.first(0, tokens.size(), Casing.RUNNING_TEXT)))
        .isEqualTo("said");
    assertThat(text(text, tokens, cues.last(0, tokens.size(), Casing.RUNNING_TEXT)))
        .isEqualTo("told");
  }

  @Test
  void findsACueOfSeveralWords() {
    String text = "Prices rose, according to the bank.";
    Tokens tokens = tokens(text);

    TokenRange cue = finder(tokens).first(0, tokens.size(), Casing.RUNNING_TEXT);

    assertThat(text(text, tokens, cue)).isEqualTo("according to");
    assertThat(cue.end() - cue.first()).isEqualTo(2);
  }

  @Test
  void aCueWordUsedAsANounIsNoCue() {
    for (String text :
        new String[] {
          "The tweets angered him.",
          "Trump\u2019s tweets angered him.",
          "Trump\u2019s early-morning tweets angered him."
        }) {
      Tokens tokens = tokens(text);
      assertThat(finder(tokens).first(0, tokens.size(), Casing.RUNNING_TEXT)).as(text).isNull();
    }
    String text = "Trump tweets daily.";
    Tokens tokens = tokens(text);
    assertThat(text(text, tokens, finder(tokens).first(0, tokens.size(), Casing.RUNNING_TEXT)))
        .isEqualTo("tweets");
  }

  @Test
  void capitalisedCuesCountOnlyInAHeadline() {
    String text = "Lindsey Graham Says He Will Run";
    Tokens tokens = tokens(text);
    CueFinder cues = finder(tokens);

    assertThat(cues.first(0, tokens.size(), Casing.RUNNING_TEXT)).isNull();
    assertThat(text(text, tokens, cues.first(0, tokens.size(), Casing.HEADLINE))).isEqualTo("Says");
    // the headline search leaves the running-text answers as they were
    assertThat(cues.last(0, tokens.size(), Casing.RUNNING_TEXT)).isNull();
  }

  @Test
  void aCueCutByTheEndOfTheRangeIsLookedUpWithinIt() {
    String text = "Prices rose, according to the bank.";
    Tokens tokens = tokens(text);
    CueFinder cues = finder(tokens);
    TokenRange whole = cues.first(0, tokens.size(), Casing.RUNNING_TEXT);

    // "according" alone, before "to", is no cue: the remembered length 2 does not fit
    TokenRange cut = cues.first(0, whole.first() + 1, Casing.RUNNING_TEXT);

    assertThat(cut).isNull();
    assertThat(CUES.match(tokens, whole.first(), whole.first() + 1)).isZero();
  }

  private static String firstCue(String text) {
    Tokens tokens = tokens(text);
    return text(text, tokens, finder(tokens).first(0, tokens.size(), Casing.RUNNING_TEXT));
  }

  @Test
  void aCueWordThatTellsNoSpeechIsNoCue() {
    for (String text :
        new String[] {
          "The mayor was admitted to Mercy Hospital on Sunday.",
          "Two patients were admitted into the ward overnight.",
          "Additional reporting by Jane Cole; Editing by Mark Pole.",
          "Drivers cry foul over the new rosters.",
          "Reporting from the harbour, Ana Ruiz filed two stories.",
        }) {
      assertThat(firstCue(text)).as(text).isNull();
    }
  }

  @Test
  void theSameWordsStillReportWhenAClauseOrAGerundFollows() {
    assertThat(firstCue("The minister admitted to lying about the costs.")).isEqualTo("admitted");
    assertThat(firstCue("She admitted to reporters that the bridge was unsafe."))
        .isEqualTo("admitted");
    assertThat(firstCue("\u201cHelp!\u201d the children cried from the boat.")).isEqualTo("cried");
  }

  @Test
  void aCallIsACueOnlyWithTheActItCallsFor() {
    assertThat(firstCue("The mayor called on the families of the victims on Monday.")).isNull();
    assertThat(firstCue("He called on residents to stay home.")).isEqualTo("called on");
    assertThat(firstCue("The union calls on the city to pay overtime.")).isEqualTo("calls on");
  }

  @Test
  void aChargeIsACueOnlyNextToAQuoteOrBeforeAThatClause() {
    assertThat(firstCue("Police charged a neighbour of the actor on Friday.")).isNull();
    assertThat(firstCue("The senator charged that the vote was rigged.")).isEqualTo("charged");
    assertThat(firstCue("\u201cThe vote was rigged,\u201d he charged.")).isEqualTo("charged");
  }
}
