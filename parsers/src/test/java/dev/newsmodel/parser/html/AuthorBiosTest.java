package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.doc.Block;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorBiosTest {
  private static final String STORY =
      "The harbour board approved the new ferry timetable after a long debate on Tuesday.";

  private static List<String> kept(List<String> authors, String... texts) {
    List<Block> blocks = new ArrayList<>();
    for (String text : texts) {
      blocks.add(Block.paragraph(text));
    }
    AuthorBios.drop(blocks, authors);
    return blocks.stream().map(Block::text).toList();
  }

  @Test
  void dropsAShortParagraphAtTheEndThatOpensWithAnAuthorsName() {
    assertThat(
            kept(
                List.of("Mara Quill", "Tobias Fenn"),
                STORY,
                STORY,
                "Mara Quill is a transport reporter who covers the islands.",
                "Tobias Fenn can be reached at tfenn@example.com.",
                "Mara Quill"))
        .containsExactly(STORY, STORY);
  }

  @Test
  void keepsNearMisses() {
    String subject = "Mara Quillon, the harbour master, said the timetable would hold.";
    String early = "Mara Quill is a transport reporter who covers the islands.";
    String lone = "Mara said the boats were ready.";
    String longBio = "Mara Quill said so. " + STORY.repeat(6);
    // Another person's name; a longer name that starts with the author's; a first name alone;
    // a long paragraph; a bio far from the end.
    assertThat(kept(List.of("Mara Quill"), "Sol Varga is a reporter.", subject, lone, longBio))
        .containsExactly("Sol Varga is a reporter.", subject, lone, longBio);
    assertThat(kept(List.of("Mara Quill"), early, STORY, STORY, STORY, STORY)).startsWith(early);
    assertThat(kept(List.of("Mara"), STORY, lone)).containsExactly(STORY, lone);
    assertThat(kept(List.of(), STORY, early)).containsExactly(STORY, early);
  }

  @Test
  void leavesHeadingsAlone() {
    List<Block> blocks =
        new ArrayList<>(List.of(Block.paragraph(STORY), Block.heading("Mara Quill", 3)));
    AuthorBios.drop(blocks, List.of("Mara Quill"));
    assertThat(blocks).hasSize(2);
  }
}
