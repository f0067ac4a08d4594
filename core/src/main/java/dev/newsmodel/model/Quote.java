package dev.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What someone said, as the article reports it: its content (without quotation marks), the speaker,
 * the reporting cue and, where given, whom it was said to.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuote.class)
@JsonDeserialize(as = ImmutableQuote.class)
@JsonPropertyOrder({"id", "text", "kind", "start", "end", "speaker", "cue", "addressee"})
public abstract class Quote implements Located, WithQuote {

  Quote() {}

  /** Id, unique within the article. */
  public abstract String id();

  /** The content of the quote, without the enclosing quotation marks. */
  @Override
  public abstract String text();

  /** Direct, partial or indirect speech. */
  public abstract QuoteKind kind();

  /** Who said it, as written and as resolved. */
  public abstract Optional<EntityRef> speaker();

  /** The reporting verb or phrase: "said", "told", "according to". */
  public abstract Optional<Span> cue();

  /** To whom it was said, as written and as resolved. */
  public abstract Optional<EntityRef> addressee();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Spans.checkShape("quote " + id(), this);
  }

  /** Builds {@link Quote} values. */
  public static final class Builder extends ImmutableQuote.Builder {
    Builder() {}
  }
}
