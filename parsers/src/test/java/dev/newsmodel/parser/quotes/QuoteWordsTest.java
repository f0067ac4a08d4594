package dev.newsmodel.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.lexicon.WordList;
import dev.newsmodel.parser.tokens.Tokenizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuoteWordsTest {
  private static final Language LANGUAGE = Language.english();
  private static final QuoteWords WORDS = new QuoteWords(LANGUAGE);

  @Test
  void everyListLoadsAndIsNotEmpty() {
    List<Set<String>> lists =
        List.of(
            WORDS.cues,
            WORDS.cueFirstWords,
            WORDS.speechCues,
            WORDS.nounMarkers,
            WORDS.phraseStops,
            WORDS.determiners,
            WORDS.adverbs,
            WORDS.inversionWords,
            WORDS.addressingCues,
            WORDS.beForms,
            WORDS.adjunctOpeners,
            WORDS.clauseWords,
            WORDS.contractions,
            WORDS.contracted,
            WORDS.titleContext,
            WORDS.titleSmallWords,
            WORDS.namingWords,
            WORDS.possessivePronouns,
            WORDS.pronouns);
    for (Set<String> list : lists) {
      assertThat(list).isNotEmpty();
    }
    assertThat(WORDS.possessiveEndings).containsExactly("'s", "\u2019s");
    assertThat(WORDS.organizationDeterminers).containsExactly("the ", "The ");
    assertThat(WORDS.tellingCueStarts).containsExactly("told", "tell");
  }

  @Test
  void listsHoldKnownEntries() {
    assertThat(WORDS.cues).contains("said", "according to", "in a statement");
    assertThat(WORDS.cueFirstWords).contains("said", "according", "in").doesNotContain("to");
    assertThat(WORDS.speechCues).contains("said", "has learned").doesNotContain("urged");
    assertThat(WORDS.phraseStops).contains("that", "said", "morning", "friday");
    assertThat(WORDS.adjunctOpeners).contains("on", "afterwards", "tuesday");
    assertThat(WORDS.determiners).contains("the", "several");
    assertThat(WORDS.contractions).contains("it's", "it\u2019s");
    assertThat(WORDS.titleContext).contains("film", "on");
    assertThat(WORDS.pronouns).contains("he", "i", "their");
    assertThat(WORDS.possessivePronouns).containsExactlyInAnyOrder("his", "her", "their", "its");
  }

  @Test
  void singleWordsByRole() {
    assertThat(WORDS.accordingTo).isEqualTo("according to");
    assertThat(WORDS.capitalisedCue).isEqualTo("according");
    assertThat(WORDS.phrasalParticle).isEqualTo("up");
    assertThat(WORDS.nameJoiner).isEqualTo("of");
    assertThat(WORDS.thatClause).isEqualTo("that");
    assertThat(WORDS.participleEnding).isEqualTo("ing");
    assertThat(WORDS.adverbEnding).isEqualTo("ly");
    assertThat(WORDS.pluralEnding).isEqualTo("s");
    assertThat(WORDS.passiveCueStart).isEqualTo("quoted");
  }

  @Test
  void possessiveAndTellingHelpers() {
    assertThat(WORDS.isPossessiveEnding("\u2019s")).isTrue();
    assertThat(WORDS.isPossessiveEnding("s")).isFalse();
    assertThat(WORDS.endsPossessive("cbs's")).isTrue();
    assertThat(WORDS.endsPossessive("news")).isFalse();
    assertThat(WORDS.possessiveEndingAt("Wang's aide", 4)).isTrue();
    assertThat(WORDS.possessiveEndingAt("Wang said", 4)).isFalse();
    assertThat(WORDS.startsTelling("told reporters")).isTrue();
    assertThat(WORDS.startsTelling("said")).isFalse();
  }

  @Test
  void theCueFirstWordsAreTaggedForTheTokenizer() {
    Language language = Language.english();
    QuoteWords words = new QuoteWords(language);
    Tokens tokens = new Tokenizer(language).tokenize("Officials said so.");

    assertThat(tokens.tags(1)).isNegative(); // looked up as the text was cut
    assertThat(WordList.has(words.cueFirstWords, tokens, 1)).isTrue();
    assertThat(WordList.has(words.cueFirstWords, tokens, 0)).isFalse();
    // made again for the same bundle, the same tagged list
    assertThat(new QuoteWords(language).cueFirstWords).isSameAs(words.cueFirstWords);
  }

  @Test
  void aFrozenBundleTagsNoNewList() {
    Language language = Language.english();
    language.freeze();
    assertThatThrownBy(() -> new QuoteWords(language)).isInstanceOf(IllegalStateException.class);
  }
}
