package dev.newsmodel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SectionTest {

  @Test
  void aLeadSectionHasNoHeadingAndLevelZero() {
    Section lead =
        Section.builder().level(0).start(0).end(5).addParagraphs(Paragraph.of("Hello", 0)).build();

    assertThat(lead.heading()).isEmpty();
  }

  @Test
  void aHeadingNeedsALevel() {
    assertThatThrownBy(() -> Section.builder().heading("Trade").level(0).start(0).end(5).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("level 1 to 6");
  }

  @Test
  void paragraphsMustLieInsideTheSectionInOrder() {
    assertThatThrownBy(
            () ->
                Section.builder()
                    .level(0)
                    .start(0)
                    .end(4)
                    .addParagraphs(Paragraph.of("Hello", 0))
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("outside its section");
  }
}
