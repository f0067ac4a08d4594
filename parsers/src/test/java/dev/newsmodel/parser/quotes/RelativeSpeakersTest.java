package dev.newsmodel.parser.quotes;

import static dev.newsmodel.parser.quotes.ParsedQuotes.PARSER;
import static dev.newsmodel.parser.quotes.ParsedQuotes.holding;
import static dev.newsmodel.parser.quotes.ParsedQuotes.speakerText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Quote;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A relative pronoun as the speaker, standing for the person named before it. */
class RelativeSpeakersTest {
  @Test
  void aRelativeClauseAfterACommaHoldingTheQuoteSpeaksForThePersonBeforeIt() {
    Article article =
        PARSER.parseText(
            "Mayor Ann Roe, who has styled herself the \u201cdistrict\u2019s loudest voice,\u201d"
                + " won again. Tom Hale, who is \u201cthe new guy,\u201d lost.");
    Quote styled = holding(article, "loudest voice");
    assertThat(speakerText(styled)).contains("who");
    assertThat(ParsedQuotes.speakerName(article, styled)).contains("Ann Roe");
    assertThat(speakerText(holding(article, "the new guy"))).isNotEqualTo(Optional.of("who"));
  }
}
