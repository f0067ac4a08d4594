package dev.newsmodel.parser.html;

import dev.newsmodel.parser.lexicon.WordList;
import java.util.Set;

/**
 * Whether an element's class hides it: a utility class that hides it everywhere ({@code hidden},
 * {@code d-none}, {@code sr-only}) or one of a responsive layout that shows it on some screens only
 * ({@code hidden-xs}, {@code md:hidden}, {@code mobile-only}, {@code hide-on-desktop}). Responsive
 * pages write such parts twice, one copy for each screen, or keep a desktop's extras (a sidebar, a
 * menu's labels) out of a phone's view; a reader wants neither twice nor the extras. A folded part
 * that opens in place (an accordion's answer) is hidden by class too, but is text: it stays.
 */
final class HiddenClasses {
  private HiddenClasses() {}

  /** Class names that hide an element on every screen. */
  private static final Set<String> TOKENS = list("class-hidden-tokens.txt");

  /** Words of screen sizes. */
  private static final Set<String> SCREENS = list("class-hidden-screens.txt");

  /** Words that, beside a screen size, show or hide an element on some screens only. */
  private static final Set<String> SHOWS = list("class-hidden-shows.txt");

  /** The other words such a class may hold; any other word makes it a style, not a hiding. */
  private static final Set<String> LINKS = list("class-hidden-links.txt");

  /** Parts of class names of folded parts that a reader opens in place: hidden, yet the text. */
  private static final Set<String> KEEPS = list("class-hidden-keeps.txt");

  private static Set<String> list(String name) {
    return WordList.load(HiddenClasses.class, name);
  }

  /** Whether one of the class names of {@code classValue} hides its element on some screen. */
  static boolean hides(String classValue) {
    if (!mayHide(classValue) || folds(classValue)) {
      return false; // most class values: no word to read
    }
    int n = classValue.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || Character.isWhitespace(classValue.charAt(i))) {
        if (i > start
            && hidesToken(classValue.substring(start, i).toLowerCase(java.util.Locale.ROOT))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  /**
   * Whether {@code classValue} holds a part of a word of the lists that can hide: utility classes
   * are written in lower case, and almost no class value holds one.
   */
  private static boolean mayHide(String classValue) {
    for (String part : PARTS) {
      if (classValue.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the class is that of a folded part that opens in place. */
  private static boolean folds(String classValue) {
    String lower = classValue.toLowerCase(java.util.Locale.ROOT);
    for (String keep : KEEPS) {
      if (lower.contains(keep)) {
        return true;
      }
    }
    return false;
  }

  /** Parts of words, one of which every hiding class name holds. */
  private static final String[] PARTS = parts();

  private static String[] parts() {
    Set<String> parts = new java.util.HashSet<>(SHOWS);
    parts.addAll(TOKENS);
    // Only the parts that no other part holds: "hide" holds what "hide-on" would.
    return parts.stream()
        .filter(p -> parts.stream().noneMatch(q -> !q.equals(p) && p.contains(q)))
        .toArray(String[]::new);
  }

  /**
   * A class name: in the list, or made of a screen size, a word that shows or hides, and no word of
   * any other kind.
   */
  private static boolean hidesToken(String token) {
    if (TOKENS.contains(token)) {
      return true;
    }
    boolean screen = false;
    boolean shows = false;
    int start = 0;
    int n = token.length();
    for (int i = 0; i <= n; i++) {
      if (i == n || !Character.isLetterOrDigit(token.charAt(i))) {
        if (i > start) {
          String word = token.substring(start, i);
          if (SCREENS.contains(word)) {
            screen = true;
          } else if (SHOWS.contains(word)) {
            shows = true;
          } else if (!LINKS.contains(word)) {
            return false;
          }
        }
        start = i + 1;
      }
    }
    return screen && shows;
  }
}
