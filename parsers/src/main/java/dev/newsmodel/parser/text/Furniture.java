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
    "click here to",
    "file - "
  };

  /** Phrases that mark a short line as a site's own notice: affiliate, newsletter, rights. */
  private static final String[] NOTICES = {
    "affiliate commission",
    "earn commission",
    "earn a commission",
    "may earn a small commission",
    "when you purchase through links",
    "when you buy through links",
    "delivered straight to your inbox",
    "sign up for our",
    "subscribe to our",
    "all rights reserved",
    "this content is imported from",
    "we may receive a commission",
    "our editors independently"
  };

  /** Whether the line is furniture. */
  public static boolean is(String line) {
    if (line.length() <= 250 && hasNotice(line)) {
      return true;
    }
    if (line.length() > 80) {
      return false;
    }
    String key = normalise(line);
    if (isCountLine(key) || isLabel(line)) {
      return true;
    }
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

  /**
   * The longest word of each notice without its first letter, which a title-case line capitalises:
   * a line with none of them (most lines) holds no notice, and is not lower-cased to find out.
   */
  private static final String[] NOTICE_ANCHORS = anchors(NOTICES);

  private static String[] anchors(String[] phrases) {
    // A set: "commission" is looked for once, not once for each of the four notices that hold it.
    java.util.Set<String> anchors = new java.util.LinkedHashSet<>();
    for (String phrase : phrases) {
      String longest = "";
      for (String word : phrase.split(" ")) {
        longest = word.length() > longest.length() ? word : longest;
      }
      anchors.add(longest.substring(1));
    }
    return anchors.toArray(new String[0]);
  }

  private static boolean hasNotice(String line) {
    boolean anchored = false;
    for (String anchor : NOTICE_ANCHORS) {
      if (line.contains(anchor)) {
        anchored = true;
        break;
      }
    }
    if (!anchored && !isShouted(line)) {
      return false;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    for (String notice : NOTICES) {
      if (lower.contains(notice)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the line has no lower-case letter: "SIGN UP FOR OUR NEWSLETTER". */
  private static boolean isShouted(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isLowerCase(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A label of one or two words and a colon, standing alone: "Summary:", "Prep Time:". */
  private static boolean isLabel(String line) {
    if (!line.endsWith(":") || line.length() > 24 || Lines.words(line) > 2) {
      return false;
    }
    // "He said:" introduces a quote; "Tags:" labels a list.
    String head = line.substring(0, line.length() - 1).strip().toLowerCase(Locale.ROOT);
    return !INTRODUCING.contains(head.substring(head.lastIndexOf(' ') + 1));
  }

  /** Verbs that end a line introducing a quote in the next paragraph. */
  private static final java.util.Set<String> INTRODUCING =
      WordList.of(
          "said",
          "says",
          "added",
          "adds",
          "wrote",
          "writes",
          "continued",
          "continues",
          "concluded",
          "explained",
          "asked",
          "replied",
          "responded",
          "tweeted",
          "stated",
          "declared",
          "noted",
          "reported",
          "reports",
          "told",
          "warned",
          "argued",
          "posted");

  /** "1 of 9" gallery counters. */
  private static boolean isGalleryCounter(String key) {
    int of = key.indexOf(" of ");
    return of > 0
        && of <= 3
        && key.substring(0, of).chars().allMatch(Character::isDigit)
        && key.substring(of + 4).strip().chars().allMatch(Character::isDigit)
        && key.length() - of - 4 <= 3;
  }

  /** "5 min read", "109 comments", "3 hours ago", "21d ago": counters, not text. */
  private static boolean isCountLine(String key) {
    int i = 0;
    while (i < key.length() && Character.isDigit(key.charAt(i))) {
      i++;
    }
    if (i == 0 || i > 6) {
      return false;
    }
    String rest = key.substring(i).strip();
    return isGalleryCounter(key)
        || rest.equals("min read")
        || rest.equals("minute read")
        || rest.equals("minutes read")
        || rest.equals("comments")
        || rest.equals("comment")
        || rest.endsWith(" ago") && rest.length() <= 16
        || rest.equals("d ago")
        || rest.equals("h ago")
        || rest.equals("shares");
  }

  /** Whether the line opens a table of contents, whose entries may follow. */
  public static boolean isTableOfContents(String line) {
    if (line.length() > 40) {
      return false;
    }
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
