package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.Section;
import java.util.List;
import java.util.Optional;

/**
 * The sections of a document that have a heading, to tell which heading, if any, an offset of the
 * text stands in: a quote there is a whole heading ("Ana Roe: ‘…’") and is attributed apart.
 */
final class HeadedSections {
  private final List<Section> sections;

  /** Sections with a heading, in text order; made on first use. */
  private List<Section> headed;

  HeadedSections(List<Section> sections) {
    this.sections = sections;
  }

  /** The section whose heading holds character {@code offset}, if any. */
  Optional<Section> headingAt(int offset) {
    if (headed == null) {
      headed = sections.stream().filter(x -> x.heading().isPresent()).toList();
    }
    int low = 0;
    int high = headed.size() - 1;
    while (low <= high) { // the last headed section starting at or before offset
      int mid = (low + high) >>> 1;
      if (headed.get(mid).start() <= offset) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (high < 0) {
      return Optional.empty();
    }
    Section section = headed.get(high);
    return offset < section.start() + section.heading().get().length()
        ? Optional.of(section)
        : Optional.empty();
  }
}
