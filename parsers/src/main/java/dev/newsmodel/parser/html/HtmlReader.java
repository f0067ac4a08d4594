package dev.newsmodel.parser.html;

import dev.newsmodel.parser.doc.Block;
import dev.newsmodel.parser.doc.Draft;
import dev.newsmodel.parser.doc.Laps;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a web page parsed by jsoup: its metadata, then its main content as blocks. Immutable and
 * thread-safe; the page is modified (boilerplate removed), so hand it a page of its own.
 */
public final class HtmlReader {
  private final HtmlWords words;
  private final Metadata metadata;

  /**
   * A reader of the bylines, dates, furniture and related-link lines of pages written in {@code
   * language}'s words (the English bundle's: a page's language is known only once it is read).
   */
  public HtmlReader(Language language) {
    this.words = new HtmlWords(language);
    this.metadata = new Metadata(words);
  }

  /** Reads {@code page} into a draft. */
  public Draft read(Document page) {
    return read(page, Laps.NONE);
  }

  /** Reads {@code page} into a draft, telling {@code laps} the end of each step. */
  public Draft read(Document page, Laps laps) {
    Draft draft = new Draft();
    metadata.read(page, page.location(), draft);
    laps.lap("metadata");
    Element body = page.body();
    Cleaner.clean(body);
    laps.lap("cleaner");
    LinkStats stats = new LinkStats();
    List<Element> roots = ContentFinder.find(body, stats);
    laps.lap("content finder");
    standfirst(roots.get(0), draft).ifPresent(text -> draft.blocks().add(Block.paragraph(text)));
    BlockCollector.collect(roots, draft, stats, words);
    AuthorBios.drop(draft.blocks(), draft.authors());
    laps.lap("blocks");
    return draft;
  }

  /**
   * The standfirst shown just above the body: an element near the body, before it, whose text is
   * the page's description. It opens the article, so it opens the body too.
   */
  private static Optional<String> standfirst(Element root, Draft draft) {
    if (draft.description().isEmpty()) {
      return Optional.empty();
    }
    String key = TitleKeys.key(draft.description().get());
    if (key.length() < 30) {
      return Optional.empty();
    }
    Element scope = root;
    for (int i = 0;
        i < 3 && scope.parent() != null && !scope.parent().normalName().equals("body");
        i++) {
      scope = scope.parent();
    }
    List<Element> holders = root.parents();
    // A lazy walk in document order: it stops at the body, not collecting all that follows.
    for (java.util.Iterator<Element> walk = scope.stream().iterator(); walk.hasNext(); ) {
      Element candidate = walk.next();
      if (candidate == root) {
        break; // only what stands before the body
      }
      if (STANDFIRST_TAGS.contains(candidate.normalName())
          && !holders.contains(candidate) // holds the body, so is no standfirst
          && candidate.textNodes().stream().anyMatch(t -> !t.isBlank())
          && TitleKeys.hasKey(candidate.text(), key)) {
        // Checked last, as it reads the whole body: a body that holds the text has it already.
        return TitleKeys.key(root.text()).contains(key)
            ? Optional.empty()
            : Optional.of(Text.normalise(candidate.text()));
      }
    }
    return Optional.empty();
  }

  private static final java.util.Set<String> STANDFIRST_TAGS =
      WordList.of("p", "h2", "h3", "div", "span");
}
