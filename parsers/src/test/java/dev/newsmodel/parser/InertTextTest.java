package dev.newsmodel.parser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class InertTextTest {
  /** The page cut, as text (null when nothing is cut). */
  private static String cut(String html) {
    InertText.Cut cut = InertText.cut(html.getBytes(UTF_8));
    return cut == null ? null : new String(cut.bytes(), 0, cut.length(), UTF_8);
  }

  /** Checks that jsoup reads the cut page as the whole one, but for the cut text. */
  private static void readsAlike(String html) throws IOException {
    InertText.Cut cut = InertText.cut(html.getBytes(UTF_8));
    assertThat(cut).isNotNull();
    Document part = parse(new ByteArrayInputStream(cut.bytes(), 0, cut.length()));
    assertThat(InertTextCheck.holds(part, cut.count())).isTrue();
    assertThat(withoutData(part)).isEqualTo(withoutData(parse(html)));
  }

  private static Document parse(ByteArrayInputStream in) throws IOException {
    return Jsoup.parse(in, "UTF-8", "");
  }

  private static Document parse(String html) throws IOException {
    return parse(new ByteArrayInputStream(html.getBytes(UTF_8)));
  }

  private static String withoutData(Document page) {
    page.select("script, style")
        .forEach(
            e ->
                e.childNodes().stream()
                    .filter(DataNode.class::isInstance)
                    .toList()
                    .forEach(n -> n.remove()));
    return page.outerHtml();
  }

  @Test
  void cutsScriptsAndStyleSheetsButNotJson() throws IOException {
    String html =
        "<html><head><style>p { color: red }</style>"
            + "<script type=\"application/ld+json\">{\"headline\": \"A < B\"}</script>"
            + "<script>if (a < b) { go(); }</SCRIPT ></head><body><p>Text</p></body></html>";
    assertThat(cut(html))
        .isEqualTo(
            "<html><head><style>\u0001</style>"
                + "<script type=\"application/ld+json\">{\"headline\": \"A < B\"}</script>"
                + "<script>\u0001</SCRIPT ></head><body><p>Text</p></body></html>");
    readsAlike(html);
  }

  @Test
  void passesOverComments() throws IOException {
    String html = "<!-- <script>x()</script> --><p>a</p><script>w()</script>";
    assertThat(cut(html)).isEqualTo("<!-- <script>x()</script> --><p>a</p><script>\u0001</script>");
    readsAlike(html);
  }

  @Test
  void leavesScriptTagsThatAreNoTagsToTheCheck() throws IOException {
    for (String html :
        List.of(
            "<p title='<script>'>a</p><script>w()</script>",
            "<textarea><script>y()</script></textarea>",
            "<plaintext><script>go()</script>")) {
      InertText.Cut cut = InertText.cut(html.getBytes(UTF_8));
      assertThat(cut).as(html).isNotNull();
      Document part = parse(new ByteArrayInputStream(cut.bytes(), 0, cut.length()));
      assertThat(InertTextCheck.holds(part, cut.count())).as(html).isFalse();
    }
  }

  @Test
  void leavesStyleSheetsOfSvgAlone() throws IOException {
    String html =
        "<svg><style>.a{fill:red}</style></svg><p>a</p><style>p{}</style>"
            + "<svg/><script>go()</script>";
    assertThat(cut(html))
        .isEqualTo(
            "<svg><style>.a{fill:red}</style></svg><p>a</p><style>\u0001</style>"
                + "<svg/><script>\u0001</script>");
    readsAlike(html);
    // An SVG inside an SVG: the first end tag closes the inner one only.
    assertThat(cut("<svg><svg></svg><style>.a{fill:red}</style></svg>")).isNull();
  }

  @Test
  void readsCommentsEndingEarlyAsTheTokenizerDoes() throws IOException {
    String html =
        "<!--><script>a()</script><!---><script>b()</script><!-- x --!><script>c()</script>";
    assertThat(cut(html))
        .isEqualTo(
            "<!--><script>\u0001</script><!---><script>\u0001</script>"
                + "<!-- x --!><script>\u0001</script>");
    readsAlike(html);
  }

  @Test
  void endsAScriptAtItsFirstEndTagInAnyCase() throws IOException {
    String html = "<script>a = '</SCRIPTS>'</Script\n><p>b</p><script>c()</script>";
    assertThat(cut(html)).isEqualTo("<script>\u0001</Script\n><p>b</p><script>\u0001</script>");
    readsAlike(html);
  }

  @Test
  void cutsAnEscapedScriptUnlessItOpensAnotherScript() throws IOException {
    String escaped = "<script><!-- if (a) go(); //--></script><p>b</p>";
    assertThat(cut(escaped)).isEqualTo("<script>\u0001</script><p>b</p>");
    readsAlike(escaped);
    // "<script" after "<!--": the next end tag does not end the script; nothing is cut.
    assertThat(cut("<script><!-- document.write('<SCRIPT>x()</script>'); --></script>")).isNull();
  }

  @Test
  void stopsAtASelfClosingScriptKeepingTheCutsBefore() {
    assertThat(cut("<script/><script>go()</script>")).isNull();
    assertThat(cut("<script>go()")).isNull(); // no end tag
    assertThat(cut("<style>p{}</style><script src=a.js /><script>b()</script>"))
        .isEqualTo("<style>\u0001</style><script src=a.js /><script>b()</script>");
  }

  @Test
  void findsBytesEightAtATime() {
    byte[] b = "0123456789abcdef<ghij<".getBytes(UTF_8);
    assertThat(InertText.indexOf(b, 0, b.length, (byte) '<')).isEqualTo(16);
    assertThat(InertText.indexOf(b, 17, b.length, (byte) '<')).isEqualTo(21);
    assertThat(InertText.indexOf(b, 0, 16, (byte) '<')).isEqualTo(-1);
    byte[] high = {(byte) 0xbc, (byte) 0xc3, 'x', '<', 0, 0, 0, 0, 0};
    assertThat(InertText.indexOf(high, 0, high.length, (byte) '<')).isEqualTo(3);
  }
}
