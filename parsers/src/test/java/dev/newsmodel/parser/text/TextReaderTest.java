package dev.newsmodel.parser.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsmodel.parser.doc.Block;
import dev.newsmodel.parser.doc.Draft;
import dev.newsmodel.parser.lexicon.Language;
import org.junit.jupiter.api.Test;

class TextReaderTest {

  private final TextReader reader = new TextReader(Language.english());

  @Test
  void readsHeadlineStandfirstBylineAndDate() {
    Draft draft =
        reader.read(
            "Storm closes ferry routes across the north\n"
                + "Hundreds of passengers were stranded overnight as winds reached 120 km/h.\n"
                + "By Ines Duarte | Updated: 12 January 2025\n"
                + "Published January 11, 2025\n"
                + "\n"
                + "Ferries stayed in port on Saturday after the coastguard issued a warning.\n"
                + "\n"
                + "The operator said services would resume on Sunday.\n");

    assertThat(draft.title()).contains("Storm closes ferry routes across the north");
    assertThat(draft.description())
        .contains("Hundreds of passengers were stranded overnight as winds reached 120 km/h.");
    assertThat(draft.authors()).containsExactly("Ines Duarte");
    assertThat(draft.publishedAt()).as("published wins over updated").contains("2025-01-11");
    assertThat(draft.blocks())
        .extracting(Block::kind)
        .containsExactly(Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH);
  }

  @Test
  void aFirstLineThatIsASentenceIsTheLeadNotTheTitle() {
    Draft draft =
        reader.read(
            "The council voted on Tuesday to close the old bridge to cars from next spring.\n"
                + "Cyclists welcomed the decision.\n");

    assertThat(draft.title()).isEmpty();
    assertThat(draft.blocks()).hasSize(2);
  }

  @Test
  void shortLinesBetweenParagraphsAreHeadingsIncludingQuotedOnes() {
    Draft draft =
        reader.read(
            "The mayor opened the new library on Friday, ending a decade of delays.\n"
                + "Mayor Lee: \u2018A library for everyone\u2019\n"
                + "She thanked the volunteers who had raised the money.\n"
                + "What comes next?\n"
                + "The old building will become a school.\n");

    assertThat(draft.blocks())
        .extracting(Block::kind, Block::text)
        .containsExactly(
            tuple(
                Block.Kind.PARAGRAPH,
                "The mayor opened the new library on Friday, ending a decade of delays."),
            tuple(Block.Kind.HEADING, "Mayor Lee: \u2018A library for everyone\u2019"),
            tuple(Block.Kind.PARAGRAPH, "She thanked the volunteers who had raised the money."),
            tuple(Block.Kind.HEADING, "What comes next?"),
            tuple(Block.Kind.PARAGRAPH, "The old building will become a school."));
  }

  @Test
  void runsOfShortLinesStayParagraphsAsAList() {
    Draft draft =
        reader.read(
            "The plan has three parts, officials said on Monday in a statement.\n"
                + "New bus lanes\n"
                + "Cheaper tickets\n"
                + "Longer opening hours\n"
                + "Work starts in May.\n");

    assertThat(draft.blocks()).extracting(Block::kind).containsOnly(Block.Kind.PARAGRAPH);
  }

  @Test
  void dropsFurnitureAndMovesRelatedLinksAside() {
    Draft draft =
        reader.read(
            "The central bank left rates unchanged on Thursday, as analysts had expected.\n"
                + "Advertisement\n"
                + "Share on Facebook\n"
                + "Its governor said inflation was easing faster than forecast.\n"
                + "Read more: Why rates may fall in autumn https://example.com/rates\n"
                + "See also - Housing market cools\n");

    assertThat(draft.blocks())
        .extracting(Block::text)
        .containsExactly(
            "The central bank left rates unchanged on Thursday, as analysts had expected.",
            "Its governor said inflation was easing faster than forecast.");
    assertThat(draft.relatedLinks())
        .extracting(l -> l.text(), l -> l.url().orElse(null))
        .containsExactly(
            tuple("Why rates may fall in autumn", "https://example.com/rates"),
            tuple("Housing market cools", null));
  }

  @Test
  void aTableOfContentsAndItsEntriesAreNotBody() {
    Draft draft =
        reader.read(
            "Voters in three states go to the polls today in closely watched races.\n"
                + "Table of Contents\n"
                + "The races\n"
                + "What polls say\n"
                + "The races\n"
                + "All three seats are held by the governing party.\n"
                + "What polls say\n"
                + "Surveys point to a close result everywhere.\n");

    assertThat(draft.blocks())
        .extracting(Block::kind, Block::text)
        .containsExactly(
            tuple(
                Block.Kind.PARAGRAPH,
                "Voters in three states go to the polls today in closely watched races."),
            tuple(Block.Kind.HEADING, "The races"),
            tuple(Block.Kind.PARAGRAPH, "All three seats are held by the governing party."),
            tuple(Block.Kind.HEADING, "What polls say"),
            tuple(Block.Kind.PARAGRAPH, "Surveys point to a close result everywhere."));
  }

  @Test
  void emptyAndWhitespaceInputGiveNoBlocks() {
    assertThat(reader.read("").blocks()).isEmpty();
    assertThat(reader.read(" \n\t\n\u00A0 ").blocks()).isEmpty();
  }
}
