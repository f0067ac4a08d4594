package dev.newsmodel.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Entity;
import dev.newsmodel.model.Quote;
import dev.newsmodel.parser.NewsParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pronoun speakers go to the salient person of the discourse, agreeing in sex. */
class PronounSpeakersTest {
  private static final NewsParser PARSER = NewsParser.create();

  /** The speaker's name of each quote in marks, "-" when it names no entity. */
  private static List<String> speakers(String text) {
    Article article = PARSER.parseText(text);
    return article.quotes().stream()
        .filter(q -> q.kind() != dev.newsmodel.model.QuoteKind.INDIRECT)
        .map(q -> speakerName(article, q))
        .toList();
  }

  private static String speakerName(Article article, Quote quote) {
    return quote
        .speaker()
        .flatMap(s -> s.entityId())
        .flatMap(article::entity)
        .map(Entity::name)
        .orElse("-");
  }

  @Test
  void aPronounIsNeverAPersonNamedOnlyInsideAnotherQuote() {
    assertThat(
            speakers(
                "Ana Ruiz sells fish on the pier. She is 44.\n\n"
                    + "\u201cNobody comes in January,\u201d Ruiz said.\n\n"
                    + "\u201cMayor Ellen Voss promised us a ferry two years ago,\u201d she said."))
        .containsExactly("Ana Ruiz", "Ana Ruiz");
  }

  @Test
  void aPronounGoesToThePersonTheParagraphIsAbout() {
    assertThat(
            speakers(
                "Ana Ruiz sells fish on the pier. She is 44.\n\n"
                    + "\u201cNobody comes in January,\u201d Ruiz said.\n\n"
                    + "Her neighbour Clara Diaz, a teacher, moved away last year. \u201cThe town is"
                    + " tired of waiting,\u201d she told reporters."))
        .containsExactly("Ana Ruiz", "Clara Diaz");
  }

  @Test
  void aSpeakerKnownToAgreeOutweighsAPersonOfUnknownSexMentionedInPassing() {
    assertThat(
            speakers(
                "Ana Ruiz sells fish on the pier. She is 44.\n\n"
                    + "\u201cNobody comes in January,\u201d she said. Her husband Tomas told a"
                    + " reporter that the boats are old. \u201cWe need the new ferry,\u201d she"
                    + " said."))
        .containsExactly("Ana Ruiz", "Ana Ruiz");
  }

  @Test
  void aNewSubjectInTheParagraphBeforeTakesOverFromTheLastSpeaker() {
    assertThat(
            speakers(
                "Luis Ortega runs a bakery by the pier.\n\n"
                    + "\u201cWe lose customers every winter,\u201d Ortega said.\n\n"
                    + "Reporter Dana Kim asked the mayor about the delay. Mayor Ellen Voss did not"
                    + " answer. Later Ortega spoke again.\n\n"
                    + "\u201cWe will keep the lights on,\u201d he said."))
        .containsExactly("Luis Ortega", "Luis Ortega");
  }

  @Test
  void relativesMentionedInPassingDoNotTakeOverTheSpeakersNextWords() {
    assertThat(
            speakers(
                "Luis Ortega runs a bakery by the pier.\n\n"
                    + "\u201cWe lose customers every winter,\u201d Ortega said. His son Mateo, 12,"
                    + " helps in the shop after school, and his father Ramon still bakes.\n\n"
                    + "\u201cThe boats stop and the town goes quiet,\u201d he added."))
        .containsExactly("Luis Ortega", "Luis Ortega");
  }
}
