package dev.newsmodel.parser.doc;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Paragraph;
import dev.newsmodel.model.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The article being built: the body text with its sections (fixed when the document is made) and
 * the {@link Layer layers} that later {@link Stage stages} add. Stages run one after another on one
 * thread.
 */
public final class Document {
  /** What separates blocks in the body text. */
  public static final String BLOCK_SEPARATOR = "\n\n";

  private final Draft draft;
  private final String text;
  private final List<Section> sections;
  private final Map<Layer<?>, Object> layers = new HashMap<>();
  private @Nullable String language;
  private @Nullable Double languageConfidence;
  private final List<String> notes = new ArrayList<>();

  private Document(Draft draft, String text, List<Section> sections) {
    this.draft = draft;
    this.text = text;
    this.sections = sections;
    layers.put(Layer.SKELETON, text);
    this.language = draft.language().orElse(null);
  }

  /**
   * Lays the draft's blocks out as the body text, blocks separated by a blank line, and groups them
   * into sections: one starts at each heading, and paragraphs before the first heading form an
   * untitled lead section.
   */
  public static Document of(Draft draft) {
    List<String> texts = new ArrayList<>(draft.blocks().size());
    int end = 0;
    List<Section> sections = new ArrayList<>();
    SectionBuilder current = null;
    for (Block block : draft.blocks()) {
      if (block.text().isEmpty()) {
        continue;
      }
      if (end > 0) {
        end += BLOCK_SEPARATOR.length();
      }
      int start = end;
      texts.add(block.text());
      end += block.text().length();
      if (block.kind() == Block.Kind.HEADING) {
        if (current != null) {
          sections.add(current.build());
        }
        current = new SectionBuilder(block.text(), block.level(), start);
      } else {
        if (current == null) {
          current = new SectionBuilder(null, 0, start);
        }
        current.add(Paragraph.of(block.text(), start));
      }
    }
    if (current != null) {
      sections.add(current.build());
    }
    // String.join sizes the text from its parts and copies each once; a char array or a builder
    // made into a string would be copied again, after a try at Latin-1 that a quotation mark fails.
    return new Document(draft, String.join(BLOCK_SEPARATOR, texts), List.copyOf(sections));
  }

  public Draft draft() {
    return draft;
  }

  /** The body text; every offset in the model indexes it. */
  public String text() {
    return text;
  }

  public List<Section> sections() {
    return sections;
  }

  /**
   * The value of {@code layer}.
   *
   * @throws IllegalStateException when no stage has provided it yet
   */
  public <T> T get(Layer<T> layer) {
    @SuppressWarnings("unchecked")
    T value = (T) layers.get(layer);
    if (value == null) {
      throw new IllegalStateException("the " + layer + " layer has not been provided");
    }
    return value;
  }

  /** Whether a stage has provided {@code layer}. */
  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  /**
   * Puts the value of {@code layer}, once.
   *
   * @throws IllegalStateException when the layer was provided already
   */
  public <T> void put(Layer<T> layer, T value) {
    Objects.requireNonNull(value, layer.name());
    if (layers.putIfAbsent(layer, value) != null) {
      throw new IllegalStateException("the " + layer + " layer was provided already");
    }
  }

  /**
   * The article's language (a BCP 47 tag), as the reader declared it until the pipeline decides.
   */
  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  /**
   * Sets the article's language and how probable the text makes it ({@code null} when the detector
   * did not decide it).
   */
  public void language(@Nullable String tag, @Nullable Double confidence) {
    this.language = tag;
    this.languageConfidence = confidence;
  }

  /** Adds a note for the reader of the article: what was left out and why. */
  public void note(String note) {
    notes.add(Objects.requireNonNull(note, "note"));
  }

  /** The token layer. */
  public Tokens tokens() {
    return get(Layer.TOKENS);
  }

  /** The sentence layer. */
  public Sentences sentences() {
    return get(Layer.SENTENCES);
  }

  /** The entity registry: persons and organizations. */
  public EntityRegistry entities() {
    return get(Layer.ENTITIES);
  }

  /** The immutable article holding every layer found so far. */
  public Article toArticle() {
    EntityRegistry entities = has(Layer.ENTITIES) ? get(Layer.ENTITIES) : null;
    return Article.builder()
        .title(draft.title())
        .description(draft.description())
        .authors(draft.authors())
        .publishedAt(draft.publishedAt())
        .siteName(draft.siteName())
        .url(draft.url())
        .language(Optional.ofNullable(language))
        .languageConfidence(Optional.ofNullable(languageConfidence))
        .text(text)
        .sections(sections)
        .persons(entities == null ? List.of() : entities.persons())
        .organizations(entities == null ? List.of() : entities.organizations())
        .quotes(has(Layer.QUOTES) ? get(Layer.QUOTES) : List.of())
        .meetings(has(Layer.MEETINGS) ? get(Layer.MEETINGS) : List.of())
        .relatedLinks(draft.relatedLinks())
        .notes(notes)
        .build();
  }

  private static final class SectionBuilder {
    private final @Nullable String heading;
    private final int level;
    private final int start;
    private int end;
    private final List<Paragraph> paragraphs = new ArrayList<>();

    SectionBuilder(@Nullable String heading, int level, int start) {
      this.heading = heading;
      this.level = level;
      this.start = start;
      this.end = start + (heading == null ? 0 : heading.length());
    }

    void add(Paragraph paragraph) {
      paragraphs.add(paragraph);
      end = paragraph.end();
    }

    Section build() {
      return Section.builder()
          .heading(java.util.Optional.ofNullable(heading))
          .level(level)
          .start(start)
          .end(end)
          .paragraphs(paragraphs)
          .build();
    }
  }
}
