package dev.newsmodel.parser.persons;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.tokens.Tokenizer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonWordsTest {
  private static final PersonWords WORDS = TestSpans.WORDS;

  @Test
  void everyListLoadsAndHasEntries() throws IllegalAccessException {
    int lists = 0;
    for (Field field : PersonWords.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      field.setAccessible(true);
      Object value = field.get(WORDS);
      assertThat(value).as(field.getName()).isNotNull();
      if (value instanceof Collection<?> list) {
        assertThat(list).as(field.getName()).isNotEmpty();
        lists++;
      } else if (value instanceof String word) {
        assertThat(word).as(field.getName()).isNotBlank();
      } else if (value instanceof String[] words) {
        assertThat(words).as(field.getName()).isNotEmpty();
      }
    }
    assertThat(lists).isGreaterThan(50);
  }

  @Test
  void knownEntries() {
    assertThat(WORDS.isTitle("Foreign Minister")).isTrue();
    assertThat(WORDS.titleSex("Queen")).isEqualTo('F');
    assertThat(WORDS.titleSex("President")).isEqualTo('?');
    assertThat(WORDS.titleFirstWords).contains("foreign", "gov");
    assertThat(WORDS.titlePrefixes).contains("secretary of");
    assertThat(WORDS.dottedTitles).contains("gov", "sen");
    assertThat(WORDS.demonyms).contains("Chinese", "U.S.");
    assertThat(WORDS.familyFirst).contains("Wang");
    assertThat(WORDS.reportingVerbs).contains("said");
    assertThat(WORDS.headlineVerbs).contains("calls");
    assertThat(WORDS.notNames).contains("the", "however", "monday", "january");
    assertThat(WORDS.relations).contains("wife", "fiancée");
    assertThat(WORDS.stateCodes).hasSize(50).contains("NY");
    assertThat(WORDS.usStates).contains("Ohio");
    assertThat(WORDS.honorifics).contains("Mr", "Mme");
    assertThat(WORDS.accordingTo).containsExactly("according", "to");
    assertThat(WORDS.ageSuffix).isEqualTo("-year-old");
    assertThat(WORDS.compoundSuffixes).containsExactly("-based", "-led", "-backed");
  }

  @Test
  void pronounsTellTheirSexInTableOrder() {
    assertThat(WORDS.pronouns)
        .containsExactly("he", "him", "his", "himself", "she", "her", "hers", "herself");
    assertThat(new String(WORDS.pronounSexes)).isEqualTo("MMMMFFFF");
    assertThat(WORDS.pronounInitials.letters()).containsExactly('h', 's');
    assertThat(WORDS.maxPronounLength).isEqualTo(7);
  }

  @Test
  void articlesOfFamilyNames() {
    assertThat(WORDS.lowerCaseNameArticles).containsExactly("al-", "el-");
    assertThat(WORDS.articleInitials.letters()).containsExactly('a', 'e');
    assertThat(WORDS.bare("al-Assad")).isEqualTo("Assad");
    assertThat(WORDS.bare("El-Sissi")).isEqualTo("Sissi");
    assertThat(WORDS.bare("al-")).isEqualTo("al-");
    assertThat(WORDS.bare("Allawi")).isEqualTo("Allawi");
  }

  @Test
  void initialsOutsideAsciiAreFound() {
    PersonWords.Initials initials = PersonWords.Initials.of(Set.of("él", "ella", "?x", "Zed"));
    assertThat(initials.contains('\u00e9')).isTrue();
    assertThat(initials.contains('e')).isTrue();
    assertThat(initials.contains('?')).isTrue();
    assertThat(initials.contains('Z')).isTrue();
    assertThat(initials.contains('z')).isFalse();
    assertThat(initials.contains('\u00e8')).isFalse();
  }

  @Test
  void titleFirstWordsAreTaggedByTheTokenizerOfTheirBundle() {
    Language language = Language.english();
    PersonWords words = new PersonWords(language);
    language.freeze();
    Tokens tokens = new Tokenizer(language).tokenize("the foreign minister");
    assertThat(tokens.tags(1)).isNegative(); // looked up as the text was cut
    assertThat(dev.newsmodel.parser.lexicon.WordList.has(words.titleFirstWords, tokens, 1))
        .isTrue();
    assertThat(dev.newsmodel.parser.lexicon.WordList.has(words.titleFirstWords, tokens, 0))
        .isFalse();
    assertThat(new PersonWords(language).titleFirstWords)
        .as("asked again once frozen: the list tagged first")
        .isSameAs(words.titleFirstWords);
  }
}
