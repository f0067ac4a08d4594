package dev.newsmodel.parser.language;

import org.jspecify.annotations.Nullable;

/**
 * Checks a detected language of the Han-writing region against the scripts the text uses: n-gram
 * profiles confuse them on short or mixed text (a Traditional Chinese page read as Korean), while
 * the script says it at once: Korean is written with Hangul, Japanese with kana, Chinese with Han
 * characters alone.
 */
final class Scripts {
  private Scripts() {}

  /** {@code code}, or the language the script of {@code text} shows, or null if none fits. */
  static @Nullable String check(String code, String text) {
    if (!code.equals("ko") && !code.equals("ja") && !code.equals("zh")) {
      return code;
    }
    boolean hangul = false;
    boolean kana = false;
    boolean han = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      hangul |= script == Character.UnicodeScript.HANGUL;
      kana |=
          script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
      han |= script == Character.UnicodeScript.HAN;
      i += Character.charCount(c);
    }
    if (hangul) {
      return "ko";
    }
    if (kana) {
      return "ja";
    }
    return han ? "zh" : null;
  }
}
