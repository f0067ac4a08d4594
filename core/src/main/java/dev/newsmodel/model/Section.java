package dev.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section of the article body: an optional heading and the paragraphs under it. The section spans
 * from its heading (or its first paragraph) to the end of its last paragraph.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSection.class)
@JsonDeserialize(as = ImmutableSection.class)
@JsonPropertyOrder({"heading", "level", "start", "end", "paragraphs"})
public abstract class Section implements WithSection {

  Section() {}

  /** The heading, which stands in the text at {@link #start()}; empty for an untitled section. */
  public abstract Optional<String> heading();

  /** Heading level, 1 to 6 as in HTML; 0 for a section without a heading (the lead). */
  public abstract int level();

  /** Offset where the section starts, inclusive. */
  public abstract int start();

  /** Offset where the section ends, exclusive. */
  public abstract int end();

  /** The paragraphs, in order. */
  public abstract List<Paragraph> paragraphs();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (start() < 0 || end() < start()) {
      throw new InvalidModelException(
          "section has offsets [" + start() + ", " + end() + "): start must be >= 0 and <= end");
    }
    if (heading().isPresent() != (level() > 0) || level() < 0 || level() > 6) {
      throw new InvalidModelException(
          "section at "
              + start()
              + " has level "
              + level()
              + ": a heading needs level 1 to 6, no heading level 0");
    }
    int previousEnd = start() + heading().map(String::length).orElse(0);
    for (Paragraph paragraph : paragraphs()) {
      if (paragraph.start() < previousEnd || paragraph.end() > end()) {
        throw new InvalidModelException(
            "paragraph at ["
                + paragraph.start()
                + ", "
                + paragraph.end()
                + ") is out of order or outside its section ["
                + start()
                + ", "
                + end()
                + ")");
      }
      previousEnd = paragraph.end();
    }
  }

  /** Builds {@link Section} values. */
  public static final class Builder extends ImmutableSection.Builder {
    Builder() {}
  }
}
