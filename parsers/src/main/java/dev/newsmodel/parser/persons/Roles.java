package dev.newsmodel.parser.persons;

import dev.newsmodel.model.Role;
import dev.newsmodel.model.Span;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the roles the text gives a named person: a title before the name ("Chinese Foreign Minister
 * Wang Yi"), an appositive ("Jeffrey Bewkes, the chief executive of Time Warner,") and a copular
 * sentence ("Qin Gang is the Chinese Minister of Foreign Affairs").
 */
final class Roles {
  private static final int MAX_PHRASE = 14;

  private final String text;
  private final Tokens tokens;
  private final java.util.BitSet phraseTokens = new java.util.BitSet();
  private final Scanner scanner;
  private final PersonWords words;

  Roles(String text, Tokens tokens, Scanner scanner, PersonWords words) {
    this.text = text;
    this.tokens = tokens;
    this.scanner = scanner;
    this.words = words;
  }

  /** Adds to the name's person the roles the text gives at this mention. */
  void collect(ScannedSpan name, List<ScannedSpan> spans) {
    Cluster person = name.person;
    if (name.title != null && !isHonorific(name.title)) {
      int start = scanner.modifiersStart(name.title.firstToken, 0);
      person.roles.add(role(start, name.title.endToken));
    }
    int next = name.endToken;
    if (next < tokens.size() && tokens.is(next, ",")) {
      phraseRole(next + 1).ifPresent(person.roles::add);
    } else if (next < tokens.size() && WordList.hasText(words.roleCopulas, tokens, next)) {
      phraseRole(next + 1).ifPresent(person.roles::add);
    }
  }

  /** "Mr", "Mrs", "Ms", "Miss", "Mx": a form of address, not a role (it still tells the sex). */
  private boolean isHonorific(ScannedSpan title) {
    String word =
        title.text.endsWith(".") ? title.text.substring(0, title.text.length() - 1) : title.text;
    return words.honorifics.contains(word);
  }

  /** Whether tokens {@code [first, end)} lie in a phrase that gave a role. */
  boolean isRolePhrase(int first, int end) {
    return phraseTokens.get(first) || phraseTokens.get(end - 1);
  }

  /** A role from a phrase such as "the chief executive of Time Warner" starting at {@code i}. */
  private Optional<Role> phraseRole(int i) {
    if (i >= tokens.size() || !WordList.hasText(words.articles, tokens, i)) {
      return Optional.empty();
    }
    int start = i + 1;
    while (start < tokens.size() && words.roleOrdinals.contains(lower(start))) {
      start++;
    }
    int end = start;
    boolean hasTitle = false;
    while (end < tokens.size() && end - start < MAX_PHRASE) {
      if (tokens.kind(end) != Tokens.WORD || words.roleStoppers.contains(lower(end))) {
        break;
      }
      hasTitle |= words.isTitle(tokens.text(end));
      end++;
    }
    if (!hasTitle || end == start) {
      return Optional.empty();
    }
    phraseTokens.set(i, end);
    return Optional.of(role(start, end));
  }

  /**
   * A role from tokens {@code [start, end)}: leading capitalised words ("Chinese", "US") or a
   * trailing "of Time Warner" give the affiliation, the rest is the title.
   */
  private Role role(int start, int end) {
    int titleStart = start;
    while (titleStart < end - 1 && isAffiliationWord(titleStart)) {
      titleStart++;
    }
    String affiliation =
        titleStart > start ? text.substring(tokens.start(start), tokens.end(titleStart - 1)) : null;
    int titleEnd = end;
    if (affiliation == null) {
      // "chief executive of Time Warner": the affiliation follows a link word.
      for (int k = end - 1; k > titleStart; k--) {
        if (words.roleLinks.contains(lower(k))
            && k + 1 < end
            && Character.isUpperCase(firstLetter(k + 1, end))) {
          int orgStart = k + 1;
          if (tokens.is(orgStart, words.definiteArticle) && orgStart + 1 < end) {
            orgStart++;
          }
          affiliation = text.substring(tokens.start(orgStart), tokens.end(end - 1));
          titleEnd = k;
          break;
        }
      }
    }
    String title = text.substring(tokens.start(titleStart), tokens.end(titleEnd - 1));
    String whole = text.substring(tokens.start(start), tokens.end(end - 1));
    return Role.builder()
        .title(title)
        .affiliation(Optional.ofNullable(affiliation))
        .span(Span.of(whole, tokens.start(start)))
        .build();
  }

  private char firstLetter(int i, int end) {
    int k = tokens.is(i, words.definiteArticle) && i + 1 < end ? i + 1 : i;
    return tokens.firstChar(k);
  }

  /** A demonym or a capitalised word that is not itself a title: "Chinese", "US", "Time". */
  private boolean isAffiliationWord(int i) {
    String word = tokens.text(i);
    if (words.demonyms.contains(word)) {
      return true;
    }
    return Character.isUpperCase(word.charAt(0))
        && !words.isTitle(word)
        && !words.isTitle(word + " " + (i + 1 < tokens.size() ? tokens.text(i + 1) : ""));
  }

  private String lower(int i) {
    return tokens.lower(i);
  }
}
