package dev.newsmodel.parser.persons;

import dev.newsmodel.model.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves role descriptions and pronouns to persons, in text order. A description ("the US
 * Secretary of State") goes to the person whose roles share most of its words, the most recent on a
 * tie; a pronoun to the first compatible person of its own sentence before it, else of the sentence
 * before, else the most recent one. What finds no compatible person stays unresolved.
 */
final class Coreference {
  private static final int PRONOUN_WINDOW = 3;

  private final List<Span> spans;

  Coreference(List<Span> spans) {
    this.spans = spans;
    this.spans.sort(java.util.Comparator.comparingInt(s -> s.start));
  }

  void resolve() {
    for (int k = 0; k < spans.size(); k++) {
      Span span = spans.get(k);
      if (span.kind == Span.Kind.DESCRIPTION) {
        Cluster person = describedPerson(span, k);
        if (person != null) {
          person.add(span);
        }
      } else if (span.kind == Span.Kind.PRONOUN) {
        Cluster person = antecedent(span, k);
        if (person != null) {
          person.add(span);
          person.learnSex(span.sex);
        }
      }
    }
  }

  private Cluster describedPerson(Span description, int index) {
    Set<String> words = stems(description.text);
    Cluster best = null;
    int bestScore = 0;
    for (int k = index - 1; k >= 0; k--) {
      Cluster person = spans.get(k).person;
      if (person == null || person == best) {
        continue;
      }
      int score = 0;
      for (Role role : person.roles) {
        Set<String> roleWords = stems(role.span().map(s -> s.text()).orElse(role.title()));
        roleWords.addAll(acronyms(role));
        int shared = 0;
        for (String word : words) {
          if (roleWords.contains(word)) {
            shared++;
          }
        }
        score = Math.max(score, shared);
      }
      if (score > bestScore) {
        bestScore = score;
        best = person;
      }
    }
    return best;
  }

  private Cluster antecedent(Span pronoun, int index) {
    Cluster recent = null;
    for (int sentence = pronoun.sentence;
        sentence >= Math.max(0, pronoun.sentence - PRONOUN_WINDOW);
        sentence--) {
      for (int k = 0; k < index; k++) {
        Span candidate = spans.get(k);
        if (candidate.sentence != sentence || candidate.person == null || candidate == pronoun) {
          continue;
        }
        if (compatible(candidate.person, pronoun.sex)) {
          if (sentence >= pronoun.sentence - 1) {
            return candidate.person; // the first one: the subject
          }
          recent = candidate.person;
        }
      }
    }
    return recent;
  }

  private static boolean compatible(Cluster person, char sex) {
    return person.sex == '?' || person.sex == sex;
  }

  /** Lower-case word stems (first five letters) of the content words. */
  private static Set<String> stems(String text) {
    Set<String> stems = new HashSet<>();
    for (String word : text.split("[^\\p{L}\\p{N}]+")) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.length() < 2 || lower.equals("the") || lower.equals("of") || lower.equals("and")) {
        continue;
      }
      stems.add(lower.length() > 5 ? lower.substring(0, 5) : lower);
    }
    return stems;
  }

  /** "CCP" for a role that names "Chinese Communist Party". */
  private static Set<String> acronyms(Role role) {
    Set<String> acronyms = new HashSet<>();
    String source =
        role.span().map(s -> s.text()).orElse(role.title()) + " " + role.affiliation().orElse("");
    StringBuilder initials = new StringBuilder();
    for (String word : source.split(" ")) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        initials.append(Character.toLowerCase(word.charAt(0)));
      } else {
        if (initials.length() >= 2) {
          acronyms.add(initials.toString());
        }
        initials.setLength(0);
      }
    }
    if (initials.length() >= 2) {
      acronyms.add(initials.toString());
    }
    return acronyms;
  }
}
