package dev.newsmodel.parser.meetings;

import dev.newsmodel.model.Mention;
import dev.newsmodel.model.Person;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The persons' mentions in text order: each mention's start offset and its person's id, in two
 * sorted arrays that a binary search reads (the stage asks every sentence for its first mention).
 * Where two mentions start at one offset, the later person's wins.
 */
final class Mentions {
  private final int[] starts;
  private final String[] ids;

  private Mentions(int[] starts, String[] ids) {
    this.starts = starts;
    this.ids = ids;
  }

  static Mentions of(List<Person> persons) {
    int count = 0;
    for (Person person : persons) {
      count += person.mentions().size();
    }
    // start and order of addition in one long: sorted by start, then by order
    long[] keys = new long[count];
    String[] byOrder = new String[count];
    int order = 0;
    for (Person person : persons) {
      for (Mention mention : person.mentions()) {
        keys[order] = (long) mention.start() << 32 | order;
        byOrder[order++] = person.id();
      }
    }
    Arrays.sort(keys);
    int[] starts = new int[count];
    String[] ids = new String[count];
    int size = 0;
    for (long key : keys) {
      int start = (int) (key >>> 32);
      if (size > 0 && starts[size - 1] == start) {
        size--; // the later one replaces it
      }
      starts[size] = start;
      ids[size++] = byOrder[(int) key];
    }
    return new Mentions(Arrays.copyOf(starts, size), Arrays.copyOf(ids, size));
  }

  int size() {
    return starts.length;
  }

  int start(int k) {
    return starts[k];
  }

  String id(int k) {
    return ids[k];
  }

  /** The index of the first mention starting at or after {@code offset}; {@link #size} if none. */
  int firstFrom(int offset) {
    int k = Arrays.binarySearch(starts, offset);
    return k >= 0 ? k : -k - 1;
  }

  /** The id of the person whose mention starts at {@code start}, or null. */
  @Nullable String idAt(int start) {
    int k = Arrays.binarySearch(starts, start);
    return k >= 0 ? ids[k] : null;
  }
}
