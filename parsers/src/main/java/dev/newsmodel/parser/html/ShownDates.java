package dev.newsmodel.parser.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * The dates a page prints near its headline, where readers see them: an element whose own text is a
 * date line ("June 12, 2025", "Published on July 18, 2025", "Jun 08, 2023 • 11 Minute Read"), or a
 * {@code <time>} with a datetime, found in the text just around the headline. Each is marked as a
 * later change when a word such as "Updated" labels it.
 */
final class ShownDates {
  /** A printed date as ISO-8601, and whether its label makes it the date of a later change. */
  record Shown(String iso, boolean modified) {}

  /**
   * How much text (letters, digits, signs) before the headline's start a date may stand: only in
   * the headline's block (its ancestor this many levels up), not in the site's header.
   */
  static final int BLOCK_LEVELS = 3;

  /** How much text (letters, digits, signs) before the headline's start a date may stand. */
  static final int BEFORE = 400;

  /** How much text after the headline's end a date may stand. */
  static final int AFTER = 1500;

  /** The longest text read as a date line. */
  private static final int MAX_LENGTH = 80;

  private final Dates dates;
  private final Set<String> modifiedWords;

  ShownDates(Dates dates, Set<String> modifiedWords) {
    this.dates = dates;
    this.modifiedWords = modifiedWords;
  }

  /**
   * The date that the page shows for the article: the first printed near {@code headline} without a
   * label of change, else the first with one; empty when none is printed there.
   */
  Optional<Shown> choose(@Nullable Element body, @Nullable Element headline) {
    List<Shown> shown = near(body, headline);
    for (Shown s : shown) {
      if (!s.modified()) {
        return Optional.of(s);
      }
    }
    return shown.stream().findFirst();
  }

  /** The dates printed near {@code headline} (or the top of the body), in document order. */
  List<Shown> near(@Nullable Element body, @Nullable Element headline) {
    List<Shown> found = new ArrayList<>();
    if (body == null || headline == null) {
      return found; // without the headline, a date at the top may be the day's, in the header
    }
    List<Integer> offsets = new ArrayList<>();
    List<Boolean> inBlocks = new ArrayList<>();
    Element block = blockOf(headline);
    boolean[] inBlock = {false};
    int[] chars = {0};
    int[] headlineAt = {-1, -1};
    StringBuilder tail = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
              String s = text.getWholeText();
              for (int i = 0; i < s.length(); i++) {
                if (!Character.isWhitespace(s.charAt(i))) {
                  chars[0]++;
                }
              }
              tail.append(' ').append(s.strip());
              if (tail.length() > 60) {
                tail.delete(0, tail.length() - 60);
              }
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
              return FilterResult.CONTINUE;
            }
            if (headlineAt[1] >= 0 && chars[0] > headlineAt[1] + AFTER) {
              return FilterResult.STOP;
            }
            String tag = e.normalName();
            if (tag.equals("script") || tag.equals("style") || tag.equals("noscript")) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (e == block) {
              inBlock[0] = true;
            }
            if (e == headline) {
              headlineAt[0] = chars[0];
              return FilterResult.CONTINUE;
            }
            read(e, tail)
                .ifPresent(
                    s -> {
                      found.add(s);
                      offsets.add(chars[0]);
                      inBlocks.add(inBlock[0]);
                    });
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node == headline) {
              headlineAt[1] = chars[0];
            }
            if (node == block) {
              inBlock[0] = false;
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    if (headlineAt[0] < 0) {
      return List.of();
    }
    List<Shown> near = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      int at = offsets.get(k);
      boolean before = at < headlineAt[0] || headlineAt[1] < 0;
      if (before ? inBlocks.get(k) && at >= headlineAt[0] - BEFORE : at <= headlineAt[1] + AFTER) {
        near.add(found.get(k));
      }
    }
    return near;
  }

  /** The headline's ancestor {@link #BLOCK_LEVELS} up, or the highest below the body. */
  static Element blockOf(Element headline) {
    Element block = headline;
    for (int i = 0; i < BLOCK_LEVELS; i++) {
      Element parent = block.parent();
      if (parent == null || parent.normalName().equals("body")) {
        break;
      }
      block = parent;
    }
    return block;
  }

  /** The date that {@code e}'s own text (or a time's datetime) prints, with its label. */
  private Optional<Shown> read(Element e, CharSequence before) {
    boolean time = e.normalName().equals("time");
    if (!time && !hasOwnText(e)) {
      return Optional.empty();
    }
    String own = Text.normalise(time ? e.text() : e.ownText());
    Optional<String> iso = Optional.empty();
    if (own.length() <= MAX_LENGTH) {
      iso = dateIn(own);
    }
    if (iso.isEmpty() && time && e.hasAttr("datetime")) {
      iso = dates.normalise(e.attr("datetime"));
    }
    if (iso.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Shown(iso.get(), labelled(own) || labelled(lastWords(before))));
  }

  /** The date of a line, or of one of its parts between bullets and bars. */
  private Optional<String> dateIn(String line) {
    if (!hasDigit(line)) {
      return Optional.empty();
    }
    for (String part : line.split("[\u2022|\u00B7]")) {
      String p = part.strip();
      if (p.length() < 6 || p.chars().allMatch(Character::isDigit)) {
        continue;
      }
      Optional<String> iso = dates.normalise(p);
      if (iso.isPresent()) {
        return iso;
      }
    }
    return Optional.empty();
  }

  private boolean labelled(String text) {
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (modifiedWords.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The last three words of the text before an element: its label, when it has one. */
  private static String lastWords(CharSequence text) {
    String[] words = text.toString().strip().split("\\s+");
    StringBuilder out = new StringBuilder();
    for (int i = Math.max(0, words.length - 3); i < words.length; i++) {
      out.append(words[i]).append(' ');
    }
    return out.toString();
  }

  private static boolean hasOwnText(Element e) {
    for (TextNode t : e.textNodes()) {
      if (!t.isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
