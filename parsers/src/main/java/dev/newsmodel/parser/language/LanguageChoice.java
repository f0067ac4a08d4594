package dev.newsmodel.parser.language;

import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The language of an article, from what the page declares and what its text shows. Pages often
 * declare their site's default language whatever the article's, so the text decides: the declared
 * tag is kept when the text agrees with it ("en-GB" for English text) or is too short to tell;
 * otherwise the detected language wins. A language the caller forces wins over both.
 *
 * @param language a BCP 47 tag, or null when neither the page nor the text tells
 * @param confidence the detector's probability of {@code language}; empty when the detector did not
 *     decide it
 */
public record LanguageChoice(@Nullable String language, OptionalDouble confidence) {
  /** No language known. */
  public static final LanguageChoice NONE = new LanguageChoice(null, OptionalDouble.empty());

  /** A language the caller set. */
  public static LanguageChoice forced(String language) {
    return new LanguageChoice(language, OptionalDouble.empty());
  }

  /**
   * The language of a text whose page declares {@code declared} (or nothing), with {@code detected}
   * found in its text.
   */
  public static LanguageChoice of(@Nullable String declared, LanguageDetector.Detected detected) {
    if (!detected.found()) {
      return declared == null ? NONE : new LanguageChoice(declared, OptionalDouble.empty());
    }
    OptionalDouble confidence = OptionalDouble.of(detected.probability());
    if (declared != null && primary(declared).equals(detected.code())) {
      return new LanguageChoice(declared, confidence);
    }
    return new LanguageChoice(detected.code(), confidence);
  }

  /**
   * The primary language subtag of a BCP 47 tag, in lower case, with the Norwegian written
   * standards ("nb", "nn") as the detector names them ("no").
   */
  public static String primary(String tag) {
    int dash = tag.indexOf('-');
    int underscore = tag.indexOf('_');
    int end = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
    String primary = (end < 0 ? tag : tag.substring(0, end)).strip().toLowerCase(Locale.ROOT);
    return primary.equals("nb") || primary.equals("nn") ? "no" : primary;
  }
}
