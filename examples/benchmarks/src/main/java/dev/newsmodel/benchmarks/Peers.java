package dev.newsmodel.benchmarks;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.xml.sax.InputSource;

/**
 * The peers this library is measured against, each given the page's bytes as it arrives: Mozilla
 * Readability's Java port (Readability4J, on a jsoup document parsed with jsoup's own charset
 * detection) and boilerpipe's ArticleExtractor (on NekoHTML, which detects the charset itself).
 */
final class Peers {
  private Peers() {}

  static final String BASE_URI = "https://example.com/";

  /** Readability4J's article text, or "" when it finds none. */
  static String readability(byte[] page) {
    try {
      Document document = Jsoup.parse(new ByteArrayInputStream(page), null, BASE_URI);
      String text = new Readability4J(BASE_URI, document).parse().getTextContent();
      return text == null ? "" : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** boilerpipe's ArticleExtractor text. */
  static String boilerpipe(byte[] page) {
    try {
      return ArticleExtractor.INSTANCE.getText(new InputSource(new ByteArrayInputStream(page)));
    } catch (BoilerpipeProcessingException e) {
      return "";
    }
  }
}
