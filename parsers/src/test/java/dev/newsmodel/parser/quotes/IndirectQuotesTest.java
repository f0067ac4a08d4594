package dev.newsmodel.parser.quotes;

import static dev.newsmodel.parser.quotes.ParsedQuotes.PARSER;
import static dev.newsmodel.parser.quotes.ParsedQuotes.indirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Quote;
import dev.newsmodel.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** Reported speech without marks, one test per way a sentence reports, with its near misses. */
class IndirectQuotesTest {
  @Test
  void aSpeakerSaysAClause() {
    assertThat(indirect("Mayor Lena Holt said that the ferry would resume service in May."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("the ferry would resume service in May", "Mayor Lena Holt", "said"));
  }

  @Test
  void theSpeakerAndCueSetOffInsideTheSentenceReportTheWholeOfIt() {
    assertThat(indirect("The new bridge, the engineer said, would carry twice the traffic."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull)
        .containsExactly(
            tuple(
                "The new bridge, the engineer said, would carry twice the traffic",
                "the engineer"));
  }

  @Test
  void aSpeakerToldSomeoneAClauseWithOrWithoutThat() {
    assertThat(indirect("Chief Ana Ruiz told reporters the tunnel would reopen on Monday."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(
            tuple("the tunnel would reopen on Monday", "Chief Ana Ruiz", "told reporters"));
    assertThat(indirect("Chief Ana Ruiz told Mayor Lena Holt the tunnel was safe."))
        .extracting(Quote::text)
        .containsExactly("the tunnel was safe");
    // the clause's pronoun subject is no part of the addressee
    assertThat(indirect("Chief Ana Ruiz told the council she would reopen the tunnel on Monday."))
        .extracting(Quote::text, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("she would reopen the tunnel on Monday", "told"));
    // Told someone something at a time and place: no clause is reported.
    assertThat(indirect("Chief Ana Ruiz told Mayor Lena Holt during a visit to the harbour."))
        .isEmpty();
  }

  @Test
  void verbsOfBeliefAndIntentAttributeAStance() {
    assertThat(indirect("Senator Omar Diaz wants to cut the port fees by half next year."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(
            tuple("to cut the port fees by half next year", "Senator Omar Diaz", "wants"));
    assertThat(indirect("The farmers fear that the new dam will dry out the valley."))
        .extracting(ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("The farmers", "fear"));
  }

  @Test
  void aVerbOfIntentUsedAsANounReportsNothing() {
    assertThat(indirect("His hopes for the harbour were dashed by the storm last winter."))
        .isEmpty();
    assertThat(indirect("City tax hopes rest on a levy on empty homes and parking.")).isEmpty();
    assertThat(indirect("The residents are opposed to the tower on the old market square."))
        .isEmpty();
  }

  @Test
  void reportedSpeechAroundAPartialQuoteKeepsBoth() {
    Article article =
        PARSER.parseText(
            "Mayor Lena Holt said the old ferry was \u201ca danger to everyone\u201d and had to go.");

    assertThat(article.quotes())
        .extracting(Quote::kind, Quote::text)
        .containsExactly(
            tuple(
                QuoteKind.INDIRECT,
                "the old ferry was \u201ca danger to everyone\u201d and had to go"),
            tuple(QuoteKind.PARTIAL, "a danger to everyone"));
  }

  @Test
  void aStatementInMarksIsNotReportedSpeechToo() {
    assertThat(indirect("\u201cWe will rebuild the harbour wall by the spring,\u201d Holt said."))
        .isEmpty();
    // What the speaker adds after it without marks is.
    assertThat(
            indirect(
                "\u201cWe will rebuild the harbour wall by the spring,\u201d Holt said, adding"
                    + " that the council had found the money."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("the council had found the money", "Holt", "adding"));
    assertThat(
            indirect(
                "\u201cWe will rebuild the harbour wall by the spring,\u201d Holt said on Friday"
                    + " after a long meeting with the council."))
        .isEmpty();
    assertThat(indirect("\u201cNo way,\u201d Holt said.")).isEmpty();
  }

  @Test
  void aSecondVerbOfTheSameSpeakerEndsTheFirstContent() {
    assertThat(
            indirect(
                "The minister said the border would stay open, and warned that lorries would face"
                    + " long delays."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(
            tuple("the border would stay open", "The minister", "said"),
            tuple("lorries would face long delays", "The minister", "warned"));
    assertThat(
            indirect(
                "The minister said the border would stay open and warned against the smugglers"
                    + " in the hills."))
        .extracting(Quote::text)
        .containsExactly("the border would stay open", "against the smugglers in the hills");
  }

  @Test
  void aSecondSpeakerEndsTheFirstContent() {
    assertThat(
            indirect(
                "Union leaders said the strike would go on, but the rail company said most trains"
                    + " would run."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull)
        .containsExactly(
            tuple("the strike would go on", "Union leaders"),
            tuple("most trains would run", "the rail company"));
  }

  @Test
  void aPassiveParticipleOrACreditLineIsNoCue() {
    assertThat(indirect("The leak, first reported by a local radio station, closed the plant."))
        .isEmpty();
    assertThat(indirect("Additional reporting by Ana Ruiz; editing by Tom Weller.")).isEmpty();
    assertThat(indirect("Two guards accused of theft were released on bail on Tuesday.")).isEmpty();
  }

  @Test
  void aCueInARelativeClauseReportsNothingThere() {
    assertThat(indirect("What the agency said was a routine check turned into a long search."))
        .isEmpty();
    assertThat(indirect("The bridge was closed again, as the mayor said before the vote."))
        .isEmpty();
  }

  @Test
  void aParticipleAfterACommaSpeaksForTheSubject() {
    assertThat(
            indirect(
                "Judge Maria Lentz closed the hearing on Monday, saying the court had no reason"
                    + " to open the file."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(
            tuple("the court had no reason to open the file", "Maria Lentz", "saying"));
    assertThat(
            indirect(
                "The minister said the port would reopen, adding that the fees would stay the"
                    + " same."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull)
        .containsExactly(
            tuple("the port would reopen", "The minister"),
            tuple("the fees would stay the same", "The minister"));
    // A participle that qualifies a noun, with no comma, speaks for nobody.
    assertThat(indirect("Letters saying the school would close were sent to every family."))
        .isEmpty();
  }

  @Test
  void aRelativeClauseSpeaksForTheNounBeforeIt() {
    assertThat(
            indirect(
                "The council hired an engineer who said the old bridge was unsafe, and closed it."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull)
        .containsExactly(tuple("the old bridge was unsafe", "an engineer"));
  }

  @Test
  void theSpeakerAfterTheContentMayTakeATimeAndAClauseOfItsOwn() {
    assertThat(
            indirect(
                "The storm cost the region two harvests, farm leaders said on Friday, as they"
                    + " asked for help."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull)
        .containsExactly(tuple("The storm cost the region two harvests", "farm leaders"));
    assertThat(
            indirect(
                "The tunnel will reopen next week, Chief Ana Ruiz told the local radio on"
                    + " Thursday."))
        .extracting(Quote::text, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("The tunnel will reopen next week", "told"));
  }

  @Test
  void aCueOpeningWithATimeOrPlaceReportsTheClauseAfterThat() {
    assertThat(indirect("The mayor said on Friday that the ferry would run all winter."))
        .extracting(Quote::text)
        .containsExactly("the ferry would run all winter");
    assertThat(indirect("The senator wrote about the flood in her weekly column.")).isEmpty();
  }

  @Test
  void aCueInsideARelativeClauseWithoutThatReportsNothing() {
    assertThat(indirect("The city spent the $5 million she says she raised on new buses."))
        .isEmpty();
    // After a word that opens a clause, the pronoun is the subject.
    assertThat(indirect("Though she said the plan would fail, the mayor signed it on Friday."))
        .extracting(ParsedQuotes::speakerOrNull)
        .containsExactly("she");
  }

  @Test
  void aCueJoinedToAnEarlierVerbSpeaksForTheSentencesSubject() {
    assertThat(
            indirect(
                "Mayor Lena Holt toured the flooded streets on Monday and said the city would pay"
                    + " for the repairs."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull)
        .containsExactly(tuple("the city would pay for the repairs", "Lena Holt"));
  }

  @Test
  void aHeadlineReportsInTitleCase() {
    assertThat(
            indirect(
                "The port of Eastwick had a busy week with two new ships and a storm.\n\n"
                    + "Harbour Chief Says New Ferry Will Sail In May\n\nThe ferry is new."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull)
        .containsExactly(tuple("New Ferry Will Sail In May", "Harbour Chief"));
    // In running text a capitalised cue word is a name or a title, no cue.
    assertThat(indirect("The report by Justice Says was published in the old town on Monday."))
        .isEmpty();
  }

  @Test
  void thatBeforeAVerbIsTheSubjectOfTheContent() {
    assertThat(indirect("The minister said that would help the farmers in the valley."))
        .extracting(Quote::text)
        .containsExactly("that would help the farmers in the valley");
  }

  @Test
  void aGenericYouSpeaksForNobody() {
    assertThat(indirect("If you want to learn more about the ferry, the harbour office is open."))
        .isEmpty();
    assertThat(indirect("We want to see the ferry running again before the summer starts."))
        .extracting(ParsedQuotes::speakerOrNull)
        .containsExactly("We");
  }

  @Test
  void aNegatedAuxiliaryBelongsToTheVerbNotTheSpeaker() {
    assertThat(indirect("Mayor Lena Holt didn't want the ferry to stop at the old pier."))
        .extracting(ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("Mayor Lena Holt", "want"));
  }

  @Test
  void aBareNounBeforeAVerbOfStanceIsACompound() {
    assertThat(indirect("He said state farm price fears that grew all winter had faded."))
        .extracting(ParsedQuotes::cueOrNull)
        .containsExactly("said");
  }

  @Test
  void aStanceAfterAnInsertionIsTheNamesBeforeIt() {
    assertThat(
            indirect(
                "Ana Ruiz, a former harbour master who now runs a shipyard, suggests that the"
                    + " port should charge more."))
        .extracting(ParsedQuotes::speakerOrNull)
        .containsExactly("Ana Ruiz");
  }

  @Test
  void aVerbWithNoSubjectOrNoContentReportsNothing() {
    // an imperative; a second verb joined by "or"; a comma after a stance cue
    assertThat(indirect("Don't want to wait? The ferry leaves every hour from the north pier."))
        .isEmpty();
    assertThat(indirect("The mayor has not confirmed or denied the plans for the old pier."))
        .isEmpty();
    assertThat(
            indirect(
                "\u201cWe waited for hours on the pier,\u201d she recalls, adding that the ferry"
                    + " never came."))
        .extracting(ParsedQuotes::cueOrNull)
        .doesNotContain("recalls");
    // A bare participle qualifies the word before it: nobody is reported thinking.
    assertThat(indirect("I remember thinking about the storm all night long.")).isEmpty();
  }

  @Test
  void anAdverbBetweenTheSpeakerAndTheCueKeepsTheSpeaker() {
    assertThat(indirect("Ana Ruiz now says the merger of the depots will go ahead."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("the merger of the depots will go ahead", "Ana Ruiz", "says"));
    assertThat(indirect("The board even claimed that the audit was lost."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull)
        .containsExactly(tuple("the audit was lost", "The board"));
    assertThat(indirect("The mayor still says the fares are too high."))
        .extracting(ParsedQuotes::speakerOrNull)
        .containsExactly("The mayor");
  }

  @Test
  void anAdverbAfterTheCueIsNoSpeaker() {
    // "now" after the cue opens no phrase of its own
    assertThat(indirect("Ana Ruiz said now was the time to sell the depot."))
        .extracting(ParsedQuotes::speakerOrNull)
        .containsOnly("Ana Ruiz");
  }

  @Test
  void aSourceSetOffInsideTheStatementReportsAllOfIt() {
    assertThat(
            indirect(
                "The new toll, according to the mayor, would pay for the bridge in ten years."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(
            tuple(
                "The new toll, according to the mayor, would pay for the bridge in ten years",
                "the mayor",
                "according to"));
    // at the end, the source closes the statement
    assertThat(
            indirect("The new toll would pay for the bridge in ten years, according to the mayor."))
        .extracting(Quote::text)
        .containsExactly("The new toll would pay for the bridge in ten years");
  }

  @Test
  void aSemicolonEndsTheReportedClause() {
    assertThat(indirect("Mayor Lena Holt said the pier was safe; the port closed it anyway."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull)
        .containsExactly(tuple("the pier was safe", "Mayor Lena Holt"));
  }
}
