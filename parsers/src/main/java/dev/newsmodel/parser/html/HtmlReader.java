package dev.newsmodel.parser.html;

import dev.newsmodel.parser.doc.Draft;
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
    BlockCollector.collect(ContentFinder.find(body), draft);
    return draft;
  }
}
