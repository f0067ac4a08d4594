package dev.newsmodel.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelatedLinksTest {

  @Test
  void readsPrefixedLinesWithTheirUrl() {
    assertThat(RelatedLinks.parse("READ MORE: Rates hold https://example.com/a"))
        .hasValueSatisfying(
            link -> {
              assertThat(link.text()).isEqualTo("Rates hold");
              assertThat(link.url()).contains("https://example.com/a");
            });
    assertThat(RelatedLinks.parse("Read also: \u2018A base in Cuba\u2019: the move"))
        .hasValueSatisfying(
            link -> assertThat(link.text()).isEqualTo("\u2018A base in Cuba\u2019: the move"));
  }

  @Test
  void bodySentencesThatStartWithThePrefixWordsAreNotLinks() {
    assertThat(RelatedLinks.parse("More than 100 people were hurt.")).isEmpty();
    assertThat(RelatedLinks.parse("Related talks will follow in May.")).isEmpty();
    assertThat(RelatedLinks.parse("Read more:")).isEmpty();
  }
}
