package dev.newsmodel.parser.html;

import dev.newsmodel.parser.doc.Block;
import dev.newsmodel.parser.doc.Draft;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a web page parsed by jsoup: its metadata, then its main content as blocks. Stateless and
 * thread-safe; the page is modified (boilerplate removed), so hand it a page of its own.
 */
public final class HtmlReader {

  /** Reads {@code page} into a draft. */
  public Draft read(Document page) {
    Draft draft = new Draft();
    Metadata.read(page, page.location(), draft);
    Element body = page.body();
    Cleaner.clean(body);
    List<Element> roots = ContentFinder.find(body);
    standfirst(roots.get(0), draft).ifPresent(text -> draft.blocks().add(Block.paragraph(text)));
    BlockCollector.collect(roots, draft);
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
    String key = Titles.key(draft.description().get());
    if (key.length() < 30 || Titles.key(root.text()).contains(key)) {
      return Optional.empty();
    }
    Element scope = root;
    for (int i = 0;
        i < 3 && scope.parent() != null && !scope.parent().normalName().equals("body");
        i++) {
      scope = scope.parent();
    }
    for (Element candidate : scope.getAllElements()) {
      if (candidate == root) {
        break; // document order: only what stands before the body
      }
      if (STANDFIRST_TAGS.contains(candidate.normalName())
          && candidate.textNodes().stream().anyMatch(t -> !t.isBlank())
          && Titles.key(candidate.text()).equals(key)) {
        return Optional.of(Text.normalise(candidate.text()));
      }
    }
    return Optional.empty();
  }

  private static final java.util.Set<String> STANDFIRST_TAGS =
      WordList.of("p", "h2", "h3", "div", "span");
}
