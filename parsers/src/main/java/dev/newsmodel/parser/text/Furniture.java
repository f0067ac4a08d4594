package dev.newsmodel.parser.text;

import dev.newsmodel.parser.lexicon.WordList;
import java.util.Locale;
import java.util.Set;

/** Page furniture that pasted articles carry: navigation, ad slots, share prompts, captions. */
public final class Furniture {
  private Furniture() {}

  private static final Set<String> LINES = WordList.loadLowerCase(Furniture.class, "furniture.txt");

  /** Prefixes of credit and caption lines. */
  private static final String[] PREFIXES = {
    "photo:",
    "photograph:",
    "image:",
    "picture:",
    "credit:",
    "photo credit:",
    "image credit:",
    "source:",
    "file photo",
    "(photo",
    "(image",
    "share this article",
    "click here to"
  };

  /** Whether the line is furniture. */
  public static boolean is(String line) {
    if (line.length() > 80) {
      return false;
    }
    String key = normalise(line);
    if (key.isEmpty()) {
      return true;
    }
    if (LINES.contains(key)) {
      return true;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    for (String prefix : PREFIXES) {
      if (lower.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the line opens a table of contents, whose entries may follow. */
  public static boolean isTableOfContents(String line) {
    String key = normalise(line);
    return key.equals("table of contents")
        || key.equals("contents")
        || key.equals("in this article");
  }

  /**
   * Lower case, without symbols around the words: "» Share this article:" is "share this article".
   */
  static String normalise(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && !Character.isLetterOrDigit(line.charAt(start))) {
      start++;
    }
    while (end > start
        && !Character.isLetterOrDigit(line.charAt(end - 1))
        && line.charAt(end - 1) != '.') {
      end--;
    }
    return line.substring(start, end).toLowerCase(Locale.ROOT);
  }
}
