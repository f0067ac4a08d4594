package dev.newsmodel.parser.html;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
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
   * How much text (non-blank characters) before the headline's start a date may stand, within the
   * headline's block.
   */
  static final int BEFORE = 400;

  /** How much text after the headline's end a date may stand. */
  static final int AFTER = HeadlineArea.AFTER;

  /** The longest text read as a date line. */
  private static final int MAX_LENGTH = 80;

  private final Dates dates;
  private final Set<String> modifiedWords;

  ShownDates(Dates dates, Set<String> modifiedWords) {
    this.dates = dates;
    this.modifiedWords = modifiedWords;
  }

  /**
   * The date that the page shows for the article: the first printed near the headline without a
   * label of change, else the first with one; empty when none is printed there (or no headline
   * shows: without it, a date at the top may be the day's, in the header).
   */
  Optional<Shown> choose(@Nullable HeadlineArea area) {
    if (area == null || area.headlineStart < 0) {
      return Optional.empty();
    }
    Optional<Shown> modified = Optional.empty();
    for (HeadlineArea.Spot spot : area.spots) {
      if (spot.element() == area.headline
          || (area.before(spot)
              ? spot.at() < area.headlineStart - BEFORE
              : area.headlineEnd >= 0 && spot.at() > area.headlineEnd + AFTER)) {
        continue;
      }
      Optional<Shown> shown = read(spot, area);
      if (shown.isPresent()) {
        if (!shown.get().modified()) {
          return shown;
        }
        modified = modified.or(() -> shown);
      }
    }
    return modified;
  }

  /** The date that {@code e}'s own text (or a time's datetime) prints, with its label. */
  private Optional<Shown> read(HeadlineArea.Spot spot, HeadlineArea area) {
    Element e = spot.element();
    boolean time = e.normalName().equals("time");
    if (!time && !ownTextHasDigit(e)) {
      return Optional.empty(); // most spots: no date, and no text is built for them
    }
    String own = Text.normalise(time ? e.text() : e.ownText());
    Optional<String> iso = Optional.empty();
    if (own.length() <= MAX_LENGTH) {
      iso = dateIn(own);
    }
    if (iso.isEmpty() && !time) {
      // A date in a text node of its own, beside other items of the line ("Dec 2, 2025 <span>
      // bullet</span> <img> 8 min read"): the element's own text runs them together.
      for (int k = 0, n = e.childNodeSize(); k < n && iso.isEmpty(); k++) {
        if (e.childNode(k) instanceof TextNode t && hasDigit(t.getWholeText())) {
          String part = Text.normalise(t.getWholeText());
          iso = part.length() <= MAX_LENGTH && part.length() < own.length() ? dateIn(part) : iso;
        }
      }
    }
    if (iso.isEmpty() && time && e.childNodeSize() > 1) {
      // A time that prints its date, then an update in an element of its own ("Dec. 6, 2024 <span>
      // / Updated Dec. 7</span>"): the date printed first is the time's, whatever its datetime.
      for (int k = 0, n = e.childNodeSize(); k < n; k++) {
        if (e.childNode(k) instanceof TextNode t && !t.isBlank()) {
          String first = Text.normalise(t.getWholeText());
          iso = first.length() <= MAX_LENGTH ? dateIn(first) : iso;
          break;
        }
      }
    }
    if (iso.isEmpty() && time && e.hasAttr("datetime")) {
      iso = dates.normalise(e.attr("datetime"));
    }
    if (iso.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Shown(iso.get(), labelled(own) || labelled(lastWords(area.textBefore(spot, 3)))));
  }

  /** The date of a line, or of one of its parts between bullets and bars. */
  Optional<String> dateIn(String line) {
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

  private static boolean ownTextHasDigit(Element e) {
    for (int k = 0, n = e.childNodeSize(); k < n; k++) {
      if (e.childNode(k) instanceof TextNode t && hasDigit(t.getWholeText())) {
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
