package dev.newsmodel.parser.text;

import java.util.Locale;

/** Page furniture that pasted articles carry: navigation, ad slots, share prompts, captions. */
public final class Furniture {
  private final TextWords words;

  /**
   * The longest word of each notice without its first letter, which a title-case line capitalises:
   * a line with none of them (most lines) holds no notice, and is not lower-cased to find out.
   */
  private final String[] noticeAnchors;

  /** Tells furniture by the lines, prefixes, notices and counters of {@code words}. */
  public Furniture(TextWords words) {
    this.words = words;
    this.noticeAnchors = anchors(words.notices);
    int longest = 0;
    for (String notice : words.notices) {
      longest = Math.max(longest, notice.length());
    }
    this.longestNotice = longest;
  }

  /** The length of the longest notice, so that one begun in a paragraph's opening is read whole. */
  private final int longestNotice;

  /** Longest line read as a whole for a notice. */
  private static final int NOTICE_LINE = 250;

  /**
   * Longest paragraph that is a notice when one opens it: sites write their disclosures and cookie
   * banners as a paragraph of two or three sentences ("If you buy through a link, we may receive
   * compensation. By using this site, you consent to ..."), while a long paragraph that reaches a
   * notice's words late is the article's own ("... her newsletter, delivered to your inbox").
   */
  private static final int NOTICE_PARAGRAPH = 600;

  /**
   * Where a notice must begin in a paragraph longer than {@link #NOTICE_LINE}: its first sentence.
   */
  private static final int NOTICE_OPENING = 160;

  /** Whether the line is furniture. */
  public boolean is(String line) {
    int length = line.length();
    if (length <= NOTICE_LINE
        ? hasNotice(line)
        : length <= NOTICE_PARAGRAPH && opensWithNotice(line)) {
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
    if (words.furnitureLines.contains(key)) {
      return true;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    for (String prefix : words.furniturePrefixes) {
      if (lower.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

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

  /** Whether a notice begins in the opening of {@code paragraph}; only that much is read. */
  private boolean opensWithNotice(String paragraph) {
    return hasNotice(
        paragraph.substring(0, Math.min(paragraph.length(), NOTICE_OPENING + longestNotice)));
  }

  private boolean hasNotice(String line) {
    boolean anchored = false;
    for (String anchor : noticeAnchors) {
      if (line.contains(anchor)) {
        anchored = true;
        break;
      }
    }
    if (!anchored && !isShouted(line)) {
      return false;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    for (String notice : words.notices) {
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
  private boolean isLabel(String line) {
    if (!line.endsWith(":") || line.length() > 24 || Lines.words(line) > 2) {
      return false;
    }
    // "He said:" introduces a quote; "Tags:" labels a list.
    String head = line.substring(0, line.length() - 1).strip().toLowerCase(Locale.ROOT);
    return !words.introducingVerbs.contains(head.substring(head.lastIndexOf(' ') + 1));
  }

  /** "1 of 9" gallery counters. */
  private boolean isGalleryCounter(String key) {
    String between = words.counterOf;
    int of = key.indexOf(between);
    return of > 0
        && of <= 3
        && key.substring(0, of).chars().allMatch(Character::isDigit)
        && key.substring(of + between.length()).strip().chars().allMatch(Character::isDigit)
        && key.length() - of - between.length() <= 3;
  }

  /**
   * "5 min read", "109 comments", "3 hours ago", "21d ago", a pager's "Page 2 of 8": counters, not
   * text.
   */
  private boolean isCountLine(String key) {
    if (key.startsWith(words.counterPage)) {
      return isGalleryCounter(key.substring(words.counterPage.length()));
    }
    int i = 0;
    while (i < key.length() && Character.isDigit(key.charAt(i))) {
      i++;
    }
    if (i == 0 || i > 6) {
      return false;
    }
    String rest = key.substring(i).strip();
    return isGalleryCounter(key)
        || words.counterUnits.contains(rest)
        || rest.endsWith(words.counterAgo) && rest.length() <= 16;
  }

  /** Whether the line opens a table of contents, whose entries may follow. */
  public boolean isTableOfContents(String line) {
    if (line.length() > 40) {
      return false;
    }
    return words.contentsHeadings.contains(normalise(line));
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
