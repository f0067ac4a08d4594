package dev.newsmodel.parser.persons;

import dev.newsmodel.model.Role;
import java.util.ArrayList;
import java.util.List;

/** One person while the stage works: every span that refers to them, and their roles. */
final class Cluster {
  final List<Span> mentions = new ArrayList<>();
  final List<Role> roles = new ArrayList<>();

  /** The fullest name, as written. */
  String name;

  /** The words of {@link #name} (the span's own array: not to be changed). */
  String[] nameWords;

  /** Whether the name puts the family name first ("Wang Yi"). */
  boolean familyFirst;

  char sex = '?';

  Cluster(Span first) {
    this.name = first.text;
    this.nameWords = first.words();
    this.familyFirst = nameWords.length >= 2 && Lexicon.FAMILY_FIRST.contains(nameWords[0]);
    add(first);
  }

  void add(Span span) {
    mentions.add(span);
    span.person = this;
    if (span.kind == Span.Kind.NAME && span.words().length > nameWords.length) {
      name = span.text;
      String[] words = nameWords = span.words();
      familyFirst = words.length >= 2 && Lexicon.FAMILY_FIRST.contains(words[0]);
    }
  }

  /** The word a later mention of the family name alone uses: "Blinken", "Wang". */
  String familyName() {
    String[] words = nameWords;
    return familyFirst ? words[0] : words[words.length - 1];
  }

  /** Whether a one-word mention can mean this person. */
  boolean answersTo(String word) {
    String[] words = nameWords;
    if (words.length == 1) {
      return bare(words[0]).equals(bare(word));
    }
    return bare(familyName()).equals(bare(word));
  }

  /** The given name a later mention may use alone ("Najib" of "Najib Razak"), or null. */
  String givenName() {
    String[] words = nameWords;
    return familyFirst || words.length < 2 || words[0].length() < 3 ? null : words[0];
  }

  /** A family name without its article: "al-Assad" is "Assad". */
  static String bare(String word) {
    if (word.length() > 3
        && (word.startsWith("al-")
            || word.startsWith("el-")
            || word.startsWith("Al-")
            || word.startsWith("El-"))) {
      return word.substring(3);
    }
    return word;
  }

  void learnSex(char evidence) {
    if (sex == '?' && (evidence == 'M' || evidence == 'F')) {
      sex = evidence;
    }
  }
}
