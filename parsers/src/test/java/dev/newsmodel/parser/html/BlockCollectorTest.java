package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.doc.Block;
import dev.newsmodel.parser.lexicon.Language;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BlockCollectorTest {
  private static final HtmlReader READER = new HtmlReader(Language.english());

  private static final String STORY =
      "<p>"
          + "The ferry service to the island resumed after two weeks of repairs. ".repeat(4)
          + "</p>";

  private static List<String> paragraphs(String body) {
    return READER
        .read(Jsoup.parse("<html><body><article>" + body + "</article></body></html>"))
        .blocks()
        .stream()
        .map(Block::text)
        .toList();
  }

  @Test
  void aLabelThatOpensAParagraphIsSetApartFromItsText() {
    List<String> texts =
        paragraphs(
            "<p><span class=source>(Wire)</span>Officials said the ferry was safe.</p>"
                + "<p><span class=counter>02.</span>Which routes reopen first?</p>"
                + "<p><b>OSLO \u2014</b>Talks resumed on Monday.</p>"
                + STORY);

    assertThat(texts)
        .contains(
            "(Wire) Officials said the ferry was safe.",
            "02. Which routes reopen first?",
            "OSLO \u2014 Talks resumed on Monday.");
  }

  @Test
  void aDropCapOrAWordRunningOnIsNotSplit() {
    // Near misses: a drop cap is the first letter of its word; an inline element in the middle of
    // a paragraph is the page's own spacing; a label before a hyphen runs on.
    List<String> texts =
        paragraphs(
            "<p><span class=dropcap>F</span>our ferries run daily now.</p>"
                + "<p>The <b>new</b>est ferry (the <i>Tern.</i>)sails at noon.</p>"
                + "<p><abbr>U.S.</abbr>-built hulls were used.</p>"
                + STORY);

    assertThat(texts)
        .contains(
            "Four ferries run daily now.",
            "The newest ferry (the Tern.)sails at noon.",
            "U.S.-built hulls were used.");
  }
}
