package dev.newsmodel.parser.persons;

import dev.newsmodel.model.Role;
import java.util.ArrayList;
import java.util.List;

/** One person while the stage works: every span that refers to them, and their roles. */
final class Cluster {
  private final PersonWords words;
  final List<ScannedSpan> mentions = new ArrayList<>();
  final List<Role> roles = new ArrayList<>();

  /** The fullest name, as written. */
  String name;

  /** The words of {@link #name} (the span's own array: not to be changed). */
  String[] nameWords;

  /** Whether the name puts the family name first ("Wang Yi"). */
  boolean familyFirst;

  char sex = '?';

  Cluster(ScannedSpan first, PersonWords words) {
    this.words = words;
    this.name = first.text;
    this.nameWords = first.words();
    this.familyFirst = nameWords.length >= 2 && words.familyFirst.contains(nameWords[0]);
    add(first);
  }

  void add(ScannedSpan span) {
    mentions.add(span);
    span.person = this;
    if (span.kind == ScannedSpan.Kind.NAME && span.words().length > nameWords.length) {
      name = span.text;
      String[] name = nameWords = span.words();
      familyFirst = name.length >= 2 && words.familyFirst.contains(name[0]);
    }
  }

  /** The word a later mention of the family name alone uses: "Blinken", "Wang". */
  String familyName() {
    String[] name = nameWords;
    return familyFirst ? name[0] : name[name.length - 1];
  }

  /** Whether a one-word mention can mean this person. */
  boolean answersTo(String word) {
    String[] name = nameWords;
    if (name.length == 1) {
      return words.bare(name[0]).equals(words.bare(word));
    }
    return words.bare(familyName()).equals(words.bare(word));
  }

  /** The given name a later mention may use alone ("Najib" of "Najib Razak"), or null. */
  String givenName() {
    String[] name = nameWords;
    return familyFirst || name.length < 2 || name[0].length() < 3 ? null : name[0];
  }

  void learnSex(char evidence) {
    if (sex == '?' && (evidence == 'M' || evidence == 'F')) {
      sex = evidence;
    }
  }
}
