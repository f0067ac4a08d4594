package dev.newsmodel.parser.quotes;

import static dev.newsmodel.parser.quotes.ParsedQuotes.PARSER;
import static dev.newsmodel.parser.quotes.ParsedQuotes.cue;
import static dev.newsmodel.parser.quotes.ParsedQuotes.markedHolding;
import static dev.newsmodel.parser.quotes.ParsedQuotes.speakerName;
import static dev.newsmodel.parser.quotes.ParsedQuotes.speakerText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Quote;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Who speaks a quote in marks and through which cue, by the words around it: one test per kind of
 * attribution, with near misses that must not take it.
 */
class MarkedQuoteAttributionTest {
  @Test
  void aCueAfterAConjunctionBelongsToAnotherClause() {
    Article article =
        PARSER.parseText(
            "Mayor Ada Brook said she speaks about crime because \u201cyou talk about what is in"
                + " front of you,\u201d though her deputy noted she has other plans too.");
    Quote quote = markedHolding(article, "you talk about");
    assertThat(cue(quote)).contains("said");
    assertThat(speakerName(article, quote)).contains("Ada Brook");
  }

  @Test
  void aCueRightAfterTheQuoteStillCountsWithoutAConjunction() {
    Article article =
        PARSER.parseText(
            "Mayor Ada Brook said the budget was tight. \u201cWe will cope with less,\u201d her"
                + " deputy Tom Reyes noted on Friday.");
    Quote quote = markedHolding(article, "We will cope");
    assertThat(cue(quote)).contains("noted");
    assertThat(speakerName(article, quote)).contains("Tom Reyes");
  }

  @Test
  void aParticipleAfterAClauseReportsItsSubject() {
    Article article =
        PARSER.parseText(
            "In May, several tenant groups sued the landlord, saying his repairs were \u201cfar too"
                + " slow for winter.\u201d\n\nLater, it attacked the owner, saying he \u201chas no"
                + " plan at all.\u201d\n\nAfter a long meeting, the Harbour Board issued a statement"
                + " calling the spill \u201ca grave failure.\u201d");
    Quote groups = markedHolding(article, "far too slow");
    assertThat(speakerText(groups)).contains("several tenant groups");
    assertThat(cue(groups)).contains("saying");
    assertThat(speakerText(markedHolding(article, "no plan"))).contains("it");
    assertThat(speakerText(markedHolding(article, "grave failure"))).contains("the Harbour Board");
  }

  @Test
  void aParticipleRightAfterAPersonReportsThatPerson() {
    Article article =
        PARSER.parseText(
            "The advert ends with footage of Dana Ruiz saying during the debate, \u201cThat makes"
                + " me smart.\u201d");
    Quote quote = markedHolding(article, "makes me smart");
    assertThat(speakerName(article, quote)).contains("Dana Ruiz");
    assertThat(cue(quote)).contains("saying");
  }

  @Test
  void anIdiomaticParticipleReportsNothing() {
    Article article =
        PARSER.parseText("It goes without saying that the \u201cGrand Harbour Plan\u201d is dead.");
    assertThat(article.quotes()).noneMatch(q -> cue(q).equals(Optional.of("saying")));
  }

  @Test
  void asSomeonePutItNamesTheSource() {
    Article article =
        PARSER.parseText(
            "The fund needs a \u201csteady source of income,\u201d as a city hall memo put it.\n\n"
                + "She has long been seen, as The Daily Ledger put it in a profile, as \u201cthe"
                + " fixer.\u201d");
    Quote memo = markedHolding(article, "steady source");
    assertThat(speakerText(memo)).contains("a city hall memo");
    assertThat(cue(memo)).contains("put it");
    assertThat(speakerText(markedHolding(article, "the fixer"))).contains("The Daily Ledger");
  }

  @Test
  void toPutSomethingSomewhereIsNoCue() {
    Article article =
        PARSER.parseText(
            "Nurse Mia Holt put it on the shelf and called it \u201cthe old relic of the ward.\u201d");
    assertThat(article.quotes()).noneMatch(q -> cue(q).equals(Optional.of("put it")));
  }

  @Test
  void aRelativePronounSpeaksForThePersonBeforeIt() {
    Article article =
        PARSER.parseText(
            "Hale has had a cool relationship with Marta Voss, now the council leader, who in 2010"
                + " said her main goal was to make Hale a \u201cone-term mayor.\u201d");
    Quote quote = markedHolding(article, "one-term mayor");
    assertThat(speakerText(quote)).contains("who");
    assertThat(speakerName(article, quote)).contains("Marta Voss");
  }

  @Test
  void aRelativeClauseAfterACommaSpeaksThoughAnEarlierCueStandsBefore() {
    Article article =
        PARSER.parseText(
            "\u201cThe budget is a mess,\u201d said Tom Hale, the board\u2019s treasurer, who added"
                + " that the vote was \u201ca sham from the start.\u201d Nora Quist, who has in the"
                + " past called the plan \u201ca waste of money,\u201d stayed home. The union\u2019s"
                + " leaders, who, at a rally on Friday, criticized the mayor for \u201cbreaking every"
                + " promise,\u201d left early.");
    Quote sham = markedHolding(article, "a sham");
    assertThat(speakerText(sham)).contains("who");
    assertThat(speakerName(article, sham)).contains("Tom Hale");
    Quote waste = markedHolding(article, "waste of money");
    assertThat(speakerText(waste)).contains("who");
    assertThat(speakerName(article, waste)).contains("Nora Quist");
    assertThat(speakerText(markedHolding(article, "breaking every"))).contains("who");
  }

  @Test
  void aRelativeClauseWithoutACommaInsideAnotherReportDoesNotSpeak() {
    Article article =
        PARSER.parseText(
            "Ella Roe told a reporter who asked about the vote on Monday that it was \u201ca done"
                + " deal.\u201d");
    Quote quote = markedHolding(article, "a done deal");
    assertThat(speakerName(article, quote)).contains("Ella Roe");
  }

  @Test
  void aRelativePronounWithASubjectAfterItIsNoSpeaker() {
    Article article =
        PARSER.parseText(
            "Omar Haddad attacked the tax deal, which he called \u201ca gift to the rich,\u201d and"
                + " the budget, which the mayor described as \u201cwasteful.\u201d");
    assertThat(speakerText(markedHolding(article, "gift to the rich"))).contains("he");
    assertThat(speakerText(markedHolding(article, "wasteful"))).isNotEqualTo(Optional.of("which"));
  }

  @Test
  void aCueInsideTheClauseAnotherCueReportsGivesTheOuterSpeaker() {
    Article article =
        PARSER.parseText(
            "Mayor Ann Roe said council members were calling her office \u201cevery ten"
                + " minutes.\u201d Dana Fox told reporters that she believes she \u201ccan still win"
                + " the race.\u201d");
    Quote calls = markedHolding(article, "every ten minutes");
    assertThat(speakerName(article, calls)).contains("Ann Roe");
    assertThat(cue(calls)).contains("said");
    assertThat(speakerName(article, markedHolding(article, "can still win"))).contains("Dana Fox");
  }

  @Test
  void anIdiomOrAPhraseAfterAPrepositionIsNoOuterReport() {
    Article article =
        PARSER.parseText(
            "No wonder Tom Lee said, and I quote, \u201cWe love the long lines.\u201d Ann Roe at"
                + " the time said she had asked her staff to \u201clook into\u201d the fees.");
    assertThat(speakerName(article, markedHolding(article, "long lines"))).contains("Tom Lee");
    Quote look = markedHolding(article, "look into");
    assertThat(speakerText(look)).isNotEqualTo(Optional.of("the time"));
  }

  @Test
  void aNameBeforeAColonOnTheQuotesLineSpeaks() {
    Article article =
        PARSER.parseText(
            "The early lead of Mayor Ann Roe does not surprise the pollster Tom Hale: \u201cA known"
                + " name always starts ahead in these races.\u201d\n\nThe two were asked about"
                + " taxes. Roe: \u201cWe will cut them next year.\u201d Hale: \u201cThe budget"
                + " cannot bear a cut now.\u201d");
    assertThat(speakerName(article, markedHolding(article, "known name"))).contains("Tom Hale");
    assertThat(speakerName(article, markedHolding(article, "cut them"))).contains("Ann Roe");
    assertThat(speakerName(article, markedHolding(article, "cannot bear"))).contains("Tom Hale");
  }

  @Test
  void aColonAfterAWordThatNamesNoOneGivesNoSpeaker() {
    Article article =
        PARSER.parseText(
            "The sign on the town hall door was short: \u201cClosed until further notice.\u201d");
    assertThat(speakerText(markedHolding(article, "Closed until"))).isEmpty();
    Article message =
        PARSER.parseText(
            "Mayor Ann Roe sent a blunt message to Tom Hale: \u201cStop attacking the people you ran"
                + " against.\u201d");
    assertThat(speakerName(message, markedHolding(message, "Stop attacking")))
        .isNotEqualTo(Optional.of("Tom Hale"));
  }

  @Test
  void aCueAfterAnotherClauseKeepsItsOwnSpeaker() {
    Article article =
        PARSER.parseText(
            "Mayor Ann Roe said the vote was fair, and Tom Lee called it \u201ca farce from the"
                + " start.\u201d");
    assertThat(speakerName(article, markedHolding(article, "a farce"))).contains("Tom Lee");
  }

  @Test
  void aRelativeClauseInsideAnotherReportDoesNotSpeak() {
    Article article =
        PARSER.parseText(
            "At a forum on Sunday, Marta Voss, the council leader, firmly told a young voter who"
                + " suggested that people may stay home that \u201cstaying home is no plan at"
                + " all.\u201d");
    Quote quote = markedHolding(article, "staying home");
    assertThat(speakerName(article, quote)).contains("Marta Voss");
    assertThat(speakerText(quote)).isNotEqualTo(Optional.of("who"));
  }

  @Test
  void aCueJoinedToAnotherVerbSharesItsSubject() {
    Article article =
        PARSER.parseText(
            "Once, when my aunt raised it, I laughed and said, \u201cI do not believe in"
                + " ghosts.\u201d");
    assertThat(speakerText(markedHolding(article, "ghosts"))).contains("I");
  }

  @Test
  void aNounBeforeAndIsNoSubject() {
    Article article =
        PARSER.parseText(
            "Governor Omar Haddad also outlined his housing plan and vowed to \u201cpunish those who"
                + " break the rules.\u201d");
    Quote quote = markedHolding(article, "punish those");
    assertThat(speakerText(quote)).isNotEqualTo(Optional.of("his housing plan"));
    assertThat(speakerName(article, quote)).contains("Omar Haddad");
  }

  @Test
  void thePossessorOfAClaimSpeaksTheClauseAfterIt() {
    Article article =
        PARSER.parseText(
            "The council checked Lena Ruiz\u2019s claim that there were \u201chundreds of"
                + " break-ins\u201d in the district.");
    Quote quote = markedHolding(article, "break-ins");
    assertThat(speakerName(article, quote)).contains("Lena Ruiz");
    assertThat(cue(quote)).contains("claim");
  }

  @Test
  void aClaimWithNoPossessorNamesNoSpeaker() {
    Article article =
        PARSER.parseText(
            "The claim that there were \u201chundreds of break-ins\u201d spread fast.");
    assertThat(cue(markedHolding(article, "break-ins"))).isNotEqualTo(Optional.of("claim"));
  }

  @Test
  void perAfterAQuoteNamesItsSource() {
    Article article =
        PARSER.parseText(
            "Proxies are banned when voting \u201cto fill a vacancy on the ticket,\u201d per the"
                + " party\u2019s rules.");
    Quote quote = markedHolding(article, "fill a vacancy");
    assertThat(speakerText(quote)).contains("the party\u2019s rules");
    assertThat(cue(quote)).contains("per");
  }

  @Test
  void perBeforeAUnitNamesNoSource() {
    Article article = PARSER.parseText("Fares rose by a \u201cmodest\u201d three per cent.");
    assertThat(article.quotes()).noneMatch(q -> cue(q).equals(Optional.of("per")));
  }

  @Test
  void aDescriptionWithACountKeepsItsWholeSpan() {
    Article article =
        PARSER.parseText(
            "Asked why, the 34-year-old mother of three replied, \u201cIt is meant to help the"
                + " mother who gave birth.\u201d");
    Quote quote = markedHolding(article, "meant to help");
    assertThat(speakerText(quote)).contains("the 34-year-old mother of three");
    assertThat(cue(quote)).contains("replied");
  }

  @Test
  void aShoutedQuoteIsSpeech() {
    Article article =
        PARSER.parseText(
            "Ana Ruiz ran down the street. \u201cDid you see him? He better be safe,\u201d she yells"
                + " while running.");
    assertThat(cue(markedHolding(article, "better be safe"))).contains("yells");
  }

  @Test
  void anAdverbInLyStandsBetweenSpeakerAndCue() {
    Article article =
        PARSER.parseText(
            "Dana Holt, the city treasurer, forcefully told reporters that \u201cthe fund is"
                + " empty.\u201d");
    Quote quote = markedHolding(article, "fund is empty");
    assertThat(speakerName(article, quote)).contains("Dana Holt");
    assertThat(cue(quote)).hasValueSatisfying(c -> assertThat(c).startsWith("told"));
  }

  @Test
  void aShortCueSentenceAfterAFullStopAttributesTheQuote() {
    Article article =
        PARSER.parseText("\u201cWe asked for heat and we got excuses.\u201d Rosa Lind said.");
    Quote quote = markedHolding(article, "got excuses");
    assertThat(speakerName(article, quote)).contains("Rosa Lind");
    assertThat(cue(quote)).contains("said");
  }

  @Test
  void aSentenceThatGoesOnToReportMoreDoesNotAttributeTheQuoteBeforeIt() {
    Article article =
        PARSER.parseText(
            "\u201cWe are done here.\u201d Rosa Lind said on Tuesday that the talks would go on"
                + " for weeks.");
    assertThat(cue(markedHolding(article, "done here"))).isEmpty();
  }

  @Test
  void theNameBeforeOfIsTheSpeakerAfterTheCue() {
    Article article =
        PARSER.parseText(
            "\u201cThere is real anger in this building,\u201d said Omar Petit of the Elm Street"
                + " Tenants Union.");
    assertThat(speakerName(article, markedHolding(article, "real anger"))).contains("Omar Petit");
  }

  @Test
  void untilOpensNoSpeakerPhrase() {
    Article article =
        PARSER.parseText("It was quiet until Mom said, \u201cHow would you feel about it?\u201d");
    assertThat(speakerText(markedHolding(article, "How would you feel"))).contains("Mom");
  }

  @Test
  void thePluralPossessorOfAClaimSpeaksToo() {
    Article article =
        PARSER.parseText(
            "The company disputed the tenants\u2019 claim that there had been \u201cdozens of"
                + " broken boilers\u201d in the block.");
    assertThat(speakerText(markedHolding(article, "broken boilers"))).contains("the tenants");
  }
}
