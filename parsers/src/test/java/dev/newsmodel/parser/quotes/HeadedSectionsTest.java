package dev.newsmodel.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadedSectionsTest {
  // "Lead text.\nTrade talks\nBody one.\nWang Yi: ‘No’\nBody two."
  private static final Section LEAD = Section.builder().level(0).start(0).end(10).build();
  private static final Section TRADE =
      Section.builder().heading("Trade talks").level(2).start(11).end(32).build();
  private static final Section WANG =
      Section.builder().heading("Wang Yi: \u2018No\u2019").level(2).start(33).end(56).build();

  private final HeadedSections headings = new HeadedSections(List.of(LEAD, TRADE, WANG));

  @Test
  void anOffsetInAHeadingFindsItsSection() {
    assertThat(headings.headingAt(11)).contains(TRADE);
    assertThat(headings.headingAt(21)).contains(TRADE);
    assertThat(headings.headingAt(42)).contains(WANG);
  }

  @Test
  void anOffsetOutsideEveryHeadingFindsNone() {
    assertThat(headings.headingAt(5)).isEmpty(); // the lead has no heading
    assertThat(headings.headingAt(22)).isEmpty(); // the body under "Trade talks"
    assertThat(headings.headingAt(50)).isEmpty();
  }

  @Test
  void noHeadingsFindNone() {
    assertThat(new HeadedSections(List.of(LEAD)).headingAt(3)).isEmpty();
    assertThat(new HeadedSections(List.of()).headingAt(0)).isEmpty();
  }
}
