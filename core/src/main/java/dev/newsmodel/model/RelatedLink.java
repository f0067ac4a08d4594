package dev.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A link to another article ("Read also: ..."), kept out of the body. */
@Value.Immutable
@JsonSerialize(as = ImmutableRelatedLink.class)
@JsonDeserialize(as = ImmutableRelatedLink.class)
@JsonPropertyOrder({"text", "url"})
public abstract class RelatedLink implements WithRelatedLink {

  RelatedLink() {}

  /** The link's text, without its "Read also:" prefix. */
  public abstract String text();

  /** The absolute URL, when the source gives one. */
  public abstract Optional<String> url();

  /** A link with a text and an optional URL. */
  public static RelatedLink of(String text, Optional<String> url) {
    return builder().text(text).url(url).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RelatedLink} values. */
  public static final class Builder extends ImmutableRelatedLink.Builder {
    Builder() {}
  }
}
