package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HintsTest {

  private static Element div(String className) {
    return new Element("div").attr("class", className);
  }

  @Test
  void aHiddenLayoutClassHidesButAnIdOfTheSameNameDoesNot() {
    assertThat(Hints.isHidden(Hints.bits(div("promo d-none")))).isTrue();
    assertThat(Hints.isHidden(Hints.bits(new Element("div").attr("id", "d-none")))).isFalse();
    assertThat(Hints.isHidden(Hints.bits("", "hidden"))).isFalse();
    assertThat(Hints.isHidden(Hints.bits("hidden", "story"))).isTrue();
  }

  @Test
  void readsClassWordsSplitAtDashesAndCamelCase() {
    assertThat(Hints.isNegative(div("share-bar"))).isTrue();
    assertThat(Hints.isNegative(div("socialButtons"))).isTrue();
    assertThat(Hints.isPositive(div("article-body"))).isTrue();
    assertThat(Hints.isNegative(div("shadow leading"))).isFalse();
  }

  @Test
  void aModifierWordMakesTheNextWordNotCount() {
    assertThat(Hints.isNegative(div("layout has-sidebar"))).isFalse();
    assertThat(Hints.isNegative(div("hasSidebar"))).isFalse();
    assertThat(Hints.isNegative(div("sidebar"))).isTrue();
  }

  @Test
  void joinsTheWordsOfOneClassButNotOfTwo() {
    assertThat(Hints.isPositive(div("entry_Content"))).isTrue(); // "entrycontent"
    assertThat(Hints.isPositive(div("x-story-body-y"))).isTrue(); // "story", "storybody"
    assertThat(Hints.isNegative(div("read more"))).isTrue(); // "more" alone
    assertThat(Hints.isRelated(div("read more"))).isTrue();
    assertThat(Hints.isNegative(div("sha re"))).isFalse(); // no "share" across classes
    assertThat(Hints.isNegative(div("s-h-a-r-e"))).isTrue(); // the letters of one class, joined
  }

  @Test
  void comparesCaseBlindAndIgnoresWordsOutsideAscii() {
    assertThat(Hints.wordBits("SIDEBAR")).isEqualTo(Hints.wordBits("sidebar"));
    assertThat(Hints.isNegative(div("Sidébar"))).isFalse();
    assertThat(Hints.isPositive(div("ärticle content"))).isTrue();
    assertThat(Hints.wordBits("")).isZero();
    assertThat(Hints.wordBits("--")).isZero();
  }

  // The hint table against a reading of the same rules with strings and HashSets.

  private static final Set<String> NEGATIVE = load("class-hints-negative.txt");
  private static final Set<String> POSITIVE = load("class-hints-positive.txt");
  private static final Set<String> RELATED = load("class-hints-related.txt");
  private static final Set<String> MODIFIERS = load("class-hints-modifiers.txt");

  private static Set<String> load(String name) {
    return new java.util.HashSet<>(WordList.load(Hints.class, name));
  }

  @Test
  void tableAgreesWithAHashSetReadingOfGeneratedClassValues() {
    List<String> pieces = new ArrayList<>();
    for (Set<String> list : List.of(NEGATIVE, POSITIVE, RELATED, MODIFIERS)) {
      pieces.addAll(list);
    }
    pieces.addAll(List.of("x", "wrap", "Body", "ARTICLE", "Side", "bar", "ré", "Ärticle", "v2"));
    String[] separators = {"-", "_", " ", "  ", "\t", ":", "", "", "/", "\u00A0", "--"};
    Random random = new Random(20);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder value = new StringBuilder();
      int parts = 1 + random.nextInt(5);
      for (int k = 0; k < parts; k++) {
        String piece = pieces.get(random.nextInt(pieces.size()));
        switch (random.nextInt(4)) {
          case 0 -> piece = piece.toUpperCase(java.util.Locale.ROOT);
          case 1 ->
              piece =
                  piece.isEmpty()
                      ? piece
                      : Character.toUpperCase(piece.charAt(0)) + piece.substring(1);
          default -> {}
        }
        value.append(piece).append(separators[random.nextInt(separators.length)]);
      }
      String v = value.toString();
      assertThat(Hints.wordBits(v)).as("\"%s\"", v).isEqualTo(reference(v));
    }
  }

  /**
   * The bits of a class value: a bit for each list that a word, or a class's words joined, is in.
   */
  private static int reference(String value) {
    int bits = 0;
    int start = 0;
    for (int i = 0; i <= value.length(); i++) {
      if (i == value.length() || Character.isWhitespace(value.charAt(i))) {
        bits |= classBits(value.substring(start, i));
        start = i + 1;
      }
    }
    return bits;
  }

  /**
   * The bits of one class: its words (a word after a modifier does not count), its joined words.
   */
  private static int classBits(String cls) {
    int bits = 0;
    boolean modified = false;
    for (String word : words(cls)) {
      boolean ascii = word.chars().allMatch(c -> c < 0x80);
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      if (!modified && ascii) {
        bits |= listBits(lower);
      }
      modified = ascii && MODIFIERS.contains(lower);
    }
    // The letters and digits of the class up to each break, joined: "x-story-body" is "xstory",
    // then "xstorybody".
    StringBuilder joined = new StringBuilder();
    boolean ascii = true;
    for (int i = 0; i <= cls.length(); i++) {
      char c = i < cls.length() ? cls.charAt(i) : ' ';
      if (i < cls.length() && Character.isLetterOrDigit(c)) {
        joined.append(Character.toLowerCase(c));
        ascii &= c < 0x80;
      } else if (ascii && joined.length() > 0) {
        bits |= listBits(joined.toString());
      }
    }
    return bits;
  }

  /** The words of a class: split at non-letters and at a capital after a small letter. */
  private static List<String> words(String cls) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= cls.length(); i++) {
      boolean boundary = i == cls.length() || !Character.isLetterOrDigit(cls.charAt(i));
      boolean camel =
          !boundary
              && i > start
              && Character.isUpperCase(cls.charAt(i))
              && Character.isLowerCase(cls.charAt(i - 1));
      if (boundary || camel) {
        if (i > start) {
          words.add(cls.substring(start, i));
        }
        start = boundary ? i + 1 : i;
      }
    }
    return words;
  }

  private static int listBits(String word) {
    int bits = 0;
    if (NEGATIVE.contains(word)) {
      bits |= 1;
    }
    if (POSITIVE.contains(word)) {
      bits |= 2;
    }
    if (RELATED.contains(word)) {
      bits |= 4;
    }
    return bits;
  }
}
