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

  private final List<ScannedSpan> spans;
  private final PersonWords words;

  Coreference(List<ScannedSpan> spans, PersonWords words) {
    this.spans = spans;
    this.words = words;
    this.spans.sort(java.util.Comparator.comparingInt(s -> s.start));
  }

  /** How many distinct persons, most recent first, a description may refer to. */
  private static final int DESCRIPTION_CANDIDATES = 50;

  void resolve() {
    // Where each sentence's spans start, so that a pronoun looks only at nearby sentences.
    int sentences = 0;
    for (ScannedSpan span : spans) {
      sentences = Math.max(sentences, span.sentence + 1);
    }
    int[] sentenceStart = new int[sentences]; // -1: no span in the sentence
    java.util.Arrays.fill(sentenceStart, -1);
    for (int k = spans.size() - 1; k >= 0; k--) {
      sentenceStart[spans.get(k).sentence] = k;
    }
    java.util.LinkedHashSet<Cluster> recent = new java.util.LinkedHashSet<>();
    for (int k = 0; k < spans.size(); k++) {
      ScannedSpan span = spans.get(k);
      if (span.kind == ScannedSpan.Kind.DESCRIPTION) {
        Cluster person = describedPerson(span, recent);
        if (person != null) {
          person.add(span);
        }
      } else if (span.kind == ScannedSpan.Kind.PRONOUN) {
        Cluster person = antecedent(span, k, sentenceStart);
        if (person != null) {
          person.add(span);
          person.learnSex(span.sex);
        }
      }
      if (span.person != null) {
        recent.remove(span.person);
        recent.add(span.person);
        if (recent.size() > DESCRIPTION_CANDIDATES) {
          recent.remove(recent.iterator().next());
        }
      }
    }
  }

  /** What a role offers a description to match: its word stems and nationalities. */
  private record RoleWords(Set<String> words, Set<String> nationality) {}

  /** Each person's distinct roles as words, grown as roles are added (mentions repeat roles). */
  private static final class KnownRoles {
    int seen;
    final Set<String> sources = new HashSet<>();
    final List<RoleWords> distinct = new java.util.ArrayList<>();
  }

  private final java.util.IdentityHashMap<Cluster, KnownRoles> knownRoles =
      new java.util.IdentityHashMap<>();

  private List<RoleWords> roleWords(Cluster person) {
    KnownRoles known = knownRoles.computeIfAbsent(person, k -> new KnownRoles());
    for (; known.seen < person.roles.size(); known.seen++) {
      Role role = person.roles.get(known.seen);
      String text = role.span().map(s -> s.text()).orElse(role.title());
      String source = text + "\u0000" + role.affiliation().orElse("");
      if (known.sources.add(source)) {
        Set<String> roleStems = stems(text);
        roleStems.addAll(acronyms(role));
        known.distinct.add(
            new RoleWords(roleStems, demonyms(text + " " + role.affiliation().orElse(""))));
      }
    }
    return known.distinct;
  }

  /** The person whose roles share most words with the description; the most recent on a tie. */
  private Cluster describedPerson(
      ScannedSpan description, java.util.LinkedHashSet<Cluster> recent) {
    Set<String> described = stems(description.text);
    Set<String> nationality = demonyms(description.text);
    Cluster best = null;
    int bestScore = 0;
    for (Cluster person : recent) { // oldest first: a later equal score wins
      int score = 0;
      for (RoleWords role : roleWords(person)) {
        if (!nationality.isEmpty()
            && !role.nationality().isEmpty()
            && java.util.Collections.disjoint(nationality, role.nationality())) {
          continue; // "the Belgian minister" is not the Dutch one
        }
        int shared = 0;
        for (String word : described) {
          if (role.words().contains(word)) {
            shared++;
          }
        }
        score = Math.max(score, shared);
      }
      if (score > 0 && score >= bestScore) {
        bestScore = score;
        best = person;
      }
    }
    return best;
  }

  private Cluster antecedent(ScannedSpan pronoun, int index, int[] sentenceStart) {
    Cluster recent = null;
    for (int sentence = pronoun.sentence;
        sentence >= Math.max(0, pronoun.sentence - PRONOUN_WINDOW);
        sentence--) {
      int first = sentenceStart[sentence];
      if (first < 0) {
        continue;
      }
      for (int k = first; k < index && spans.get(k).sentence == sentence; k++) {
        ScannedSpan candidate = spans.get(k);
        if (candidate.person == null || candidate == pronoun) {
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

  /** The nationalities a phrase names: "Belgian", "US". */
  private Set<String> demonyms(String text) {
    Set<String> found = new HashSet<>();
    for (String word : text.split(" ")) {
      if (words.demonyms.contains(word)) {
        found.add(word);
      }
    }
    return found;
  }

  private static final java.util.regex.Pattern NON_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Lower-case word stems (first five letters) of the content words. */
  private Set<String> stems(String text) {
    Set<String> stems = new HashSet<>();
    for (String word : NON_WORD.split(text)) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.length() < 2 || words.descriptionStopWords.contains(lower)) {
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
