package dev.newsmodel.parser.quotes;

import static dev.newsmodel.parser.quotes.ParsedQuotes.PARSER;
import static dev.newsmodel.parser.quotes.ParsedQuotes.holding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Entity;
import dev.newsmodel.model.EntityRef;
import dev.newsmodel.model.Quote;
import org.junit.jupiter.api.Test;

/** Speaker phrases resolved to entities, or to none. */
class SpeakersTest {
  @Test
  void aPronounContractedWithItsVerbIsThePronounAlone() {
    Article article =
        PARSER.parseText(
            "I\u2019ve said it before: \u201cthe boilers will fail again this year.\u201d");
    assertThat(holding(article, "boilers will fail").speaker().map(EntityRef::text)).contains("I");
  }

  @Test
  void aPhraseOpenedByAPossessiveOrDeterminerIsNoOrganization() {
    Article article =
        PARSER.parseText(
            "The landlord made no comment. Its statement called the suit \u201ca publicity"
                + " stunt.\u201d");
    Quote quote = holding(article, "publicity stunt");
    assertThat(quote.speaker().flatMap(EntityRef::entityId)).isEmpty();
    assertThat(article.organizations()).extracting(Entity::name).doesNotContain("Its statement");
  }

  @Test
  void aPhraseOpenedByAPronounAndItsNegatedVerbIsNoOrganization() {
    Article article =
        PARSER.parseText(
            "Well, I don't think that the delay is terribly important. It doesn't say"
                + " that the funds were lost, but the board will see.");
    assertThat(article.organizations())
        .extracting(Entity::name)
        .noneMatch(name -> name.startsWith("I ") || name.startsWith("It "));
  }

  @Test
  void aNameThatOpensWithAPronounsLettersStillNamesAnOrganization() {
    Article article =
        PARSER.parseText(
            "Itasca Mining Company said the mine would stay shut. \u201cWe cannot reopen it,\u201d"
                + " Itasca Mining Company said.");
    assertThat(article.organizations()).extracting(Entity::name).contains("Itasca Mining Company");
  }

  @Test
  void aCapitalisedNameAfterTheStillNamesAnOrganization() {
    Article article =
        PARSER.parseText(
            "The talks were \u2018useful and frank\u2019, according to the Northern Ports"
                + " Authority.");
    assertThat(article.organizations())
        .extracting(Entity::name)
        .contains("Northern Ports Authority");
  }

  @Test
  void aNameAfterAPossessiveAndARoleIsTheSpeaker() {
    Article article =
        PARSER.parseText(
            "Mayor Ada Brook said the budget was tight. \u201cWe will cope with less,\u201d her"
                + " deputy Tom Reyes noted.");
    Quote quote = holding(article, "cope with less");
    assertThat(quote.speaker().flatMap(EntityRef::entityId).flatMap(article::entity))
        .map(Entity::name)
        .contains("Tom Reyes");
  }
}
