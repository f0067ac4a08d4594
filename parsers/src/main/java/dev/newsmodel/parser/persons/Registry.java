package dev.newsmodel.parser.persons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The persons found so far, indexed by family name so that finding the person a name means costs
 * the same in a long document as in a short one.
 */
final class Registry {
  private final PersonWords personWords;
  final List<Cluster> clusters = new ArrayList<>();
  private final Map<String, List<Cluster>> byKey = new HashMap<>();
  private final Map<String, List<Cluster>> byGivenName = new HashMap<>();

  Registry(PersonWords personWords) {
    this.personWords = personWords;
  }

  /**
   * The most recently founded person that {@code words} name, or null. A lone word is first a
   * family name, then the given name of exactly one person ("Najib" of "Najib Razak").
   */
  Cluster find(String[] words) {
    Cluster cluster = findByFamilyName(words);
    if (cluster == null && words.length == 1) {
      List<Cluster> named = byGivenName.get(words[0]);
      return named != null && named.size() == 1 ? named.get(0) : null;
    }
    return cluster;
  }

  /** {@link #find} without given names: for words inside a longer run ("House Bill 2"). */
  Cluster findByFamilyName(String[] words) {
    List<Cluster> candidates = byKey.get(personWords.bare(words[words.length - 1]));
    if (candidates != null) {
      for (int k = candidates.size() - 1; k >= 0; k--) {
        if (sameName(candidates.get(k), words)) {
          return candidates.get(k);
        }
      }
    }
    return null;
  }

  /** Adds the span to the person it names; founds one when {@code found} allows. */
  void attach(ScannedSpan span, boolean found) {
    String[] words = span.words();
    Cluster match = find(words);
    if (match != null) {
      match.add(span);
      index(match);
    } else if (found) {
      Cluster cluster = new Cluster(span, personWords);
      clusters.add(cluster);
      index(cluster);
    }
  }

  /** Files the person under its family name and its last word, which a later mention may use. */
  void index(Cluster cluster) {
    String[] name = cluster.nameWords;
    put(personWords.bare(cluster.familyName()), cluster);
    put(personWords.bare(name[name.length - 1]), cluster);
    String given = cluster.givenName();
    if (given != null) {
      put(byGivenName, given, cluster);
    }
  }

  private void put(String key, Cluster cluster) {
    put(byKey, key, cluster);
  }

  private static void put(Map<String, List<Cluster>> map, String key, Cluster cluster) {
    List<Cluster> list = map.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(cluster)) {
      list.add(cluster);
    }
  }

  /** Whether {@code words} name the person: the same name, a longer form, or the family name. */
  boolean sameName(Cluster cluster, String[] words) {
    String[] name = cluster.nameWords;
    if (words.length == 1) {
      return cluster.answersTo(words[0]);
    }
    if (java.util.Arrays.equals(words, name)) {
      return true;
    }
    // "Donald J. Trump" and "Donald Trump", "Bashar Assad" and "Bashar al-Assad".
    return name.length >= 2
        && words[0].equals(name[0])
        && personWords
            .bare(words[words.length - 1])
            .equals(personWords.bare(name[name.length - 1]));
  }
}
