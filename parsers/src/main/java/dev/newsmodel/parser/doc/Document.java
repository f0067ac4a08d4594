package dev.newsmodel.parser.doc;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Meeting;
import dev.newsmodel.model.Organization;
import dev.newsmodel.model.Paragraph;
import dev.newsmodel.model.Person;
import dev.newsmodel.model.Quote;
import dev.newsmodel.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The article being built: the body text with its sections (fixed when the document is made) and
 * the layers that later stages add. Stages run one after another on one thread.
 */
public final class Document {
  /** What separates blocks in the body text. */
  public static final String BLOCK_SEPARATOR = "\n\n";

  private final Draft draft;
  private final String text;
  private final List<Section> sections;
  private @Nullable Tokens tokens;
  private @Nullable Sentences sentences;
  private List<Person> persons = List.of();
  private List<Organization> organizations = List.of();
  private List<Quote> quotes = List.of();
  private List<Meeting> meetings = List.of();

  private Document(Draft draft, String text, List<Section> sections) {
    this.draft = draft;
    this.text = text;
    this.sections = sections;
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

  /** The token layer; set by the token stage. */
  public Tokens tokens() {
    if (tokens == null) {
      throw new IllegalStateException("the token stage has not run");
    }
    return tokens;
  }

  public void tokens(Tokens value) {
    tokens = Objects.requireNonNull(value, "tokens");
  }

  /** The sentence layer; set by the sentence stage. */
  public Sentences sentences() {
    if (sentences == null) {
      throw new IllegalStateException("the sentence stage has not run");
    }
    return sentences;
  }

  public void sentences(Sentences value) {
    sentences = Objects.requireNonNull(value, "sentences");
  }

  /** The persons layer; empty until the persons stage has run. */
  public List<Person> persons() {
    return persons;
  }

  public void persons(List<Person> value) {
    persons = List.copyOf(value);
  }

  /** The organizations layer; empty until a stage finds organizations. */
  public List<Organization> organizations() {
    return organizations;
  }

  public void organizations(List<Organization> value) {
    organizations = List.copyOf(value);
  }

  /** The quotes layer; empty until the quotes stage has run. */
  public List<Quote> quotes() {
    return quotes;
  }

  public void quotes(List<Quote> value) {
    quotes = List.copyOf(value);
  }

  /** The meetings layer; empty until the meetings stage has run. */
  public List<Meeting> meetings() {
    return meetings;
  }

  public void meetings(List<Meeting> value) {
    meetings = List.copyOf(value);
  }

  /** The immutable article holding every layer found so far. */
  public Article toArticle() {
    return Article.builder()
        .title(draft.title())
        .description(draft.description())
        .authors(draft.authors())
        .publishedAt(draft.publishedAt())
        .siteName(draft.siteName())
        .url(draft.url())
        .language(draft.language())
        .text(text)
        .sections(sections)
        .persons(persons)
        .organizations(organizations)
        .quotes(quotes)
        .meetings(meetings)
        .relatedLinks(draft.relatedLinks())
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
