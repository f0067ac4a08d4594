package dev.newsmodel.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import org.junit.jupiter.api.Test;

class RelatedLinksTest {
  private static final RelatedLinks RELATED_LINKS =
      new RelatedLinks(new TextWords(Language.english()));

  @Test
  void readsPrefixedLinesWithTheirUrl() {
    assertThat(RELATED_LINKS.parse("READ MORE: Rates hold https://example.com/a"))
        .hasValueSatisfying(
            link -> {
              assertThat(link.text()).isEqualTo("Rates hold");
              assertThat(link.url()).contains("https://example.com/a");
            });
    assertThat(RELATED_LINKS.parse("Read also: \u2018A base in Cuba\u2019: the move"))
        .hasValueSatisfying(
            link -> assertThat(link.text()).isEqualTo("\u2018A base in Cuba\u2019: the move"));
  }

  @Test
  void bodySentencesThatStartWithThePrefixWordsAreNotLinks() {
    assertThat(RELATED_LINKS.parse("More than 100 people were hurt.")).isEmpty();
    assertThat(RELATED_LINKS.parse("Related talks will follow in May.")).isEmpty();
    assertThat(RELATED_LINKS.parse("Read more:")).isEmpty();
  }
}
