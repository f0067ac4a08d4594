package dev.newsmodel.parser.doc;

import dev.newsmodel.model.RelatedLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a reader found in its input: metadata, body blocks in order, and related links. Filled by
 * one reader on one thread, then handed to {@link Document#of}.
 */
public final class Draft {
  private @Nullable String title;
  private @Nullable String description;
  private final List<String> authors = new ArrayList<>();
  private @Nullable String publishedAt;
  private @Nullable String siteName;
  private @Nullable String url;
  private @Nullable String language;
  private final List<Block> blocks = new ArrayList<>();
  private final List<RelatedLink> relatedLinks = new ArrayList<>();

  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  public void title(@Nullable String value) {
    title = value;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public void description(@Nullable String value) {
    description = value;
  }

  public List<String> authors() {
    return authors;
  }

  public Optional<String> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }

  public void publishedAt(@Nullable String value) {
    publishedAt = value;
  }

  public Optional<String> siteName() {
    return Optional.ofNullable(siteName);
  }

  public void siteName(@Nullable String value) {
    siteName = value;
  }

  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  public void url(@Nullable String value) {
    url = value;
  }

  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  public void language(@Nullable String value) {
    language = value;
  }

  public List<Block> blocks() {
    return blocks;
  }

  public List<RelatedLink> relatedLinks() {
    return relatedLinks;
  }
}
