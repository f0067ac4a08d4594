package dev.newsmodel.parser.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Identifies the language of a text with the n-gram profiles of the Optimaize language detector,
 * restricted to 36 common languages (fewer profiles: a smaller heap, fewer confusions), reading at
 * most the first {@value #MAX_CHARS} characters (as accurate as the whole body on news pages, at a
 * bounded cost). Chosen by measurement over Lingua, Apache Tika's detectors and OpenNLP: see the
 * README. An answer below {@value #MIN_PROBABILITY} probability, or from fewer than {@value
 * #MIN_LETTERS} letters, is no answer. Immutable and thread-safe; the profiles are loaded once per
 * JVM.
 */
public final class LanguageDetector {
  /** Characters read from the start of a text. */
  static final int MAX_CHARS = 1_000;

  /**
   * Fewest letters a text needs for an answer. Below about a hundred letters a headline or a
   * sentence full of names is read as the language of its names ("Demonstrators rally against
   * Venezuela's President Nicolas Maduro in Caracas" as Spanish, with probability 0.99999), so a
   * short text is left to what the page declares.
   */
  static final int MIN_LETTERS = 120;

  /** Lowest probability of an answer. */
  static final double MIN_PROBABILITY = 0.9;

  /** The languages the detector tells apart, as the profiles name them. */
  static final List<String> LANGUAGES =
      List.of(
          "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "fi", "pl", "cs", "sk", "hu",
          "ro", "bg", "hr", "sl", "el", "ru", "uk", "tr", "ar", "fa", "he", "hi", "zh-CN", "zh-TW",
          "ja", "ko", "vi", "id", "th", "ca", "lt", "et");

  private static final LanguageDetector INSTANCE = new LanguageDetector();

  private final com.optimaize.langdetect.LanguageDetector detector;
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

  private LanguageDetector() {
    try {
      List<LanguageProfile> profiles =
          new LanguageProfileReader()
              .readBuiltIn(LANGUAGES.stream().map(LdLocale::fromString).toList());
      detector =
          LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the language profiles", e);
    }
  }

  /** The detector (its profiles are loaded on first use). */
  public static LanguageDetector get() {
    return INSTANCE;
  }

  /** The language of {@code text}: an ISO 639-1 code and its probability, or none. */
  public Detected detect(CharSequence text) {
    String head = head(text);
    if (letters(head) < MIN_LETTERS) {
      return Detected.NONE;
    }
    List<DetectedLanguage> found = detector.getProbabilities(texts.forText(head));
    if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
      return Detected.NONE;
    }
    DetectedLanguage best = found.get(0);
    String code = Scripts.check(best.getLocale().getLanguage(), head);
    return code == null ? Detected.NONE : new Detected(code, best.getProbability());
  }

  /**
   * The first {@link #MAX_CHARS} characters, cut at a space in their second half if there is one.
   */
  static String head(CharSequence text) {
    int n = text.length();
    if (n <= MAX_CHARS) {
      return text.toString();
    }
    int end = MAX_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    for (int i = end; i > MAX_CHARS / 2; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return text.subSequence(0, i).toString();
      }
    }
    return text.subSequence(0, end).toString();
  }

  static int letters(String text) {
    int count = 0;
    for (int i = 0; i < text.length() && count < MIN_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  /** A detected language: an ISO 639-1 code and its probability, 0 to 1. */
  public record Detected(String code, double probability) {
    /** No answer: too little text, or no language probable enough. */
    public static final Detected NONE = new Detected("", 0);

    /** Whether the detector answered. */
    public boolean found() {
      return !code.isEmpty();
    }
  }
}
