package dev.newsmodel.parser.html;

import dev.newsmodel.parser.lexicon.WordList;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text: scripts, media, forms, hidden elements, and elements whose
 * class or id marks them as boilerplate. An element that holds a large share of the page's
 * paragraph text is kept whatever its name says, since some sites wrap their whole page in a
 * "sidebar-layout" or a form.
 */
final class Cleaner {
  private Cleaner() {}

  /** Tags whose subtree is never text. */
  private static final Set<String> DROP =
      WordList.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "canvas",
          "iframe",
          "object",
          "embed",
          "button",
          "input",
          "select",
          "textarea",
          "option",
          "dialog",
          "picture",
          "video",
          "audio",
          "img",
          "map",
          "link",
          "meta",
          "figcaption",
          "math",
          "source",
          "track",
          "label");

  /** Tags dropped unless they hold much of the paragraph text. */
  private static final Set<String> DROP_UNLESS_CONTENT =
      WordList.of("nav", "aside", "footer", "form", "menu");

  /** Share of the page's paragraph text above which an element is never dropped by its name. */
  private static final double PROTECTED_SHARE = 0.4;

  /** Share above which even a hidden element is kept: it holds the page's body. */
  private static final double HIDDEN_SHARE = 0.7;

  static void clean(Element body) {
    Measures measures = new Measures(body);
    Map<Element, Integer> paragraphText = measures.below;
    int total = paragraphText.getOrDefault(body, 0);
    // A page that writes its text without <p> (divs and <br>) is measured by its prose blocks.
    // Prose is part of the body's text, so when paragraphs hold enough of all the text they
    // hold enough of the prose, and the costlier prose measure is not needed.
    if (total < 0.3 * measures.textLength) {
      Map<Element, Integer> proseText = ContentFinder.goodText(body);
      int proseTotal = Math.max(1, proseText.getOrDefault(body, 0));
      if (total < 0.3 * proseTotal) {
        paragraphText = proseText;
        total = proseTotal;
      }
    }
    Map<Element, Integer> measure = paragraphText;
    List<Element> doomed = new ArrayList<>();
    doom(body, measure, Math.max(1, total), doomed);
    for (Element element : doomed) {
      element.remove();
    }
  }

  /** Adds the elements below {@code parent} to drop to {@code doomed}, not looking inside them. */
  private static void doom(
      Element parent, Map<Element, Integer> measure, int measureTotal, List<Element> doomed) {
    for (int k = 0, n = parent.childNodeSize(); k < n; k++) {
      if (!(parent.childNode(k) instanceof Element element)) {
        continue;
      }
      if (isDropped(element, measure, measureTotal)) {
        doomed.add(element);
      } else if (element.childNodeSize() > 0 && !isCode(element)) {
        doom(element, measure, measureTotal, doomed); // as deep as the parser nests (maxDepth)
      }
    }
  }

  /**
   * Whether the element is a block of code, whose inner classes are a highlighter's token types
   * ({@code hljs-comment}, {@code token comment}): the code's own lines, not parts of the page.
   */
  private static boolean isCode(Element element) {
    return element.normalName().equals("pre");
  }

  private static boolean isDropped(
      Element element, Map<Element, Integer> measure, int measureTotal) {
    String tag = element.normalName();
    if (DROP.contains(tag)) {
      return true;
    }
    if (element.attributesSize() == 0) {
      // No class, id or style (most elements): dropped by its name alone.
      return DROP_UNLESS_CONTENT.contains(tag)
          && measure.getOrDefault(element, 0) < PROTECTED_SHARE * measureTotal;
    }
    // One pass over the attributes for all that is asked of them, not a search for each; the
    // HTML parser writes their names in lower case, once each.
    String cls = null;
    String id = "";
    String style = "";
    boolean hiddenAttribute = false;
    for (Attribute attribute : element.attributes()) {
      switch (attribute.getKey()) {
        case "class" -> cls = cls == null ? attribute.getValue() : cls;
        case "id" -> id = id.isEmpty() ? attribute.getValue() : id;
        case "style" -> style = style.isEmpty() ? attribute.getValue() : style;
        case "hidden" -> hiddenAttribute = true;
        case "aria-hidden" -> hiddenAttribute |= "true".equals(attribute.getValue());
        default -> {}
      }
    }
    // A heading's id is most often an anchor made of its own words ("related-research"), for a
    // table of contents to link to: no hint of the heading's part in the page.
    int hints = Hints.bits(cls == null ? "" : cls.trim(), isHeading(tag) ? "" : id);
    // Streaming pages hide their whole body in a <div hidden> until scripts move it.
    // Responsive pages hide a copy or a desktop's extras by class (HiddenClasses).
    boolean hidden = Hints.isHidden(hints) || hiddenAttribute && !isStreamedSegment(id);
    boolean boilerplate =
        (DROP_UNLESS_CONTENT.contains(tag) || Hints.isNegative(hints)) && !Hints.isRelated(hints);
    if (!hidden && !boilerplate) {
      // Hidden by an inline style and holding no paragraph: a menu, a pop-up, a copy for another
      // screen. Paywalled pages hide the body's paragraphs that way, one by one, and folded
      // answers are paragraphs too: an element that holds paragraphs stays.
      return hidesByStyle(style) && measure.getOrDefault(element, 0) == 0;
    }
    int below = measure.getOrDefault(element, 0);
    return hidden && below < HIDDEN_SHARE * measureTotal
        || boilerplate
            && below < PROTECTED_SHARE * measureTotal
            && !(below > 0 && isAnchoredSection(element, cls, hints));
  }

  /**
   * Whether the element's boilerplate word is in its id alone, the id is made of the words of the
   * heading it opens with, and its class is that of a sibling too: one of the article's sections,
   * whose id is an anchor for a table of contents ({@code <div class="section"
   * id="sharing-your-work">}) for a table of contents to link to.
   */
  private static boolean isAnchoredSection(Element element, String cls, int hints) {
    if (cls == null || cls.isBlank() || Hints.isNegative(Hints.bits(cls.trim(), ""))) {
      return false;
    }
    Element parent = element.parent();
    Element first = element.firstElementChild();
    if (parent == null
        || first == null
        || !isHeading(first.normalName())
        || !isSlugOf(element.id(), first.text())) {
      return false; // a section opens with its heading, whose words make its id
    }
    for (Element sibling : parent.children()) {
      if (sibling != element && cls.equals(sibling.attr("class"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the id is that of a segment a streaming renderer sends after the page's frame, hidden
   * until its script moves it into place ({@code <div hidden id="S:0">}, React's "S:" and a
   * number): the article in parts, each too small a share of the page to be kept as the body.
   */
  static boolean isStreamedSegment(String id) {
    int n = id.length();
    if (n < 3 || id.charAt(0) != 'S' || id.charAt(1) != ':') {
      return false;
    }
    for (int i = 2; i < n; i++) {
      if (!Character.isDigit(id.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether every word of {@code id} ("sharing-with-a-friend") is a word of {@code heading}. */
  static boolean isSlugOf(String id, String heading) {
    java.util.Set<String> words = new java.util.HashSet<>();
    for (String word : heading.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      words.add(word);
    }
    boolean any = false;
    for (String word : id.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        if (!words.contains(word)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** h1 to h6, whose id is an anchor of their own words. */
  private static boolean isHeading(String tag) {
    return tag.length() == 2
        && tag.charAt(0) == 'h'
        && tag.charAt(1) >= '1'
        && tag.charAt(1) <= '6';
  }

  /** Whether an inline style hides its element ({@code display: none}). */
  private static boolean hidesByStyle(String style) {
    int at = style.indexOf("none");
    if (at < 0) {
      return false; // most styles: no second look
    }
    String compact = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    return compact.contains("display:none");
  }

  /**
   * One walk over the page that measures, for every element, the length of the text of the
   * paragraphs below it ({@link #below}), and the length of all its text with each run of
   * whitespace counted once ({@link #textLength}: at least the length of any part of the text,
   * however measured).
   */
  private static final class Measures {
    final Map<Element, Integer> below = new IdentityHashMap<>();
    int textLength;
    private boolean space = true;
    // Each element's sum is added to its parent's when the walk leaves it: one pass, not one walk
    // up the ancestors per paragraph.
    private int[] sums = new int[64];
    // The paragraph being walked, if any, and the length of its text() so far, counted much as
    // jsoup builds it (white space collapsed across its nodes, a space at a block or a break,
    // trimmed) but not built; a close measure, not jsoup's rule for rule (every page of the corpus
    // is cleaned the same as with text()).
    private char[] chars = new char[256];
    private int paragraphDepth = -1;
    private int paragraphLength;
    private int paragraphFirst;
    private int paragraphEnd;
    private boolean paragraphSpace;

    Measures(Element root) {
      walk(root, 0);
    }

    private void walk(org.jsoup.nodes.Node node, int depth) {
      head(node, depth);
      if (node instanceof Element element) {
        for (int k = 0, n = element.childNodeSize(); k < n; k++) {
          walk(element.childNode(k), depth + 1); // as deep as the parser nests (maxDepth)
        }
        tail(element, depth);
      }
    }

    private void head(org.jsoup.nodes.Node node, int depth) {
      if (node instanceof org.jsoup.nodes.TextNode text) {
        String s = text.getWholeText();
        int n = s.length();
        char[] chars = this.chars = Text.charsOf(s, this.chars);
        boolean inParagraph = paragraphDepth >= 0;
        int length = textLength; // in locals, not fields, through the loop
        boolean wasWhite = space;
        for (int i = 0; i < n; i++) {
          char c = chars[i];
          if (Text.isPrintableAscii(c)) {
            // A run of printable ASCII (most of any text): counted at once, as the loop below
            // would count it character by character.
            int run = Text.asciiRunEnd(chars, i, n);
            length += run - i;
            wasWhite = false;
            if (inParagraph) {
              paragraphFirst = paragraphFirst < 0 ? paragraphLength : paragraphFirst;
              paragraphLength += run - i;
              paragraphEnd = paragraphLength;
              paragraphSpace = false;
            }
            i = run - 1;
            continue;
          }
          boolean white =
              c <= ' ' ? c == ' ' || (c >= 9 && c <= 13) : c > 0x7f && Character.isWhitespace(c);
          if (!white || !wasWhite) {
            length++;
          }
          wasWhite = white;
          if (inParagraph) {
            countInParagraph(c);
          }
        }
        textLength = length;
        space = wasWhite;
      } else if (node instanceof Element element) {
        boolean block = element.isBlock();
        if (block) {
          textLength++; // a block boundary may become a space
        }
        if (depth >= sums.length) {
          sums = java.util.Arrays.copyOf(sums, depth * 2);
        }
        sums[depth] = 0;
        if (paragraphDepth < 0) {
          if (element.normalName().equals("p")) {
            paragraphDepth = depth;
            paragraphLength = 0;
            paragraphFirst = -1;
            paragraphEnd = 0;
            paragraphSpace = false;
          }
        } else if ((block || element.normalName().equals("br"))
            && paragraphLength > 0
            && !paragraphSpace) {
          paragraphLength++;
          paragraphSpace = true;
        }
      }
    }

    private void countInParagraph(char c) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
        if (!paragraphSpace) {
          paragraphLength++;
          paragraphSpace = true;
        }
      } else if (c != '\u200B' && c != '\u00AD') {
        if (c > ' ') {
          paragraphFirst = paragraphFirst < 0 ? paragraphLength : paragraphFirst;
          paragraphEnd = paragraphLength + 1;
        }
        paragraphLength++;
        paragraphSpace = false;
      }
    }

    private void tail(Element element, int depth) {
      int total = sums[depth];
      if (depth == paragraphDepth) {
        total += paragraphFirst < 0 ? 0 : paragraphEnd - paragraphFirst;
        paragraphDepth = -1;
      }
      if (total > 0) {
        below.put(element, total);
        if (depth > 0) {
          sums[depth - 1] += total;
        }
      }
    }
  }
}
