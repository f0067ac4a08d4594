package dev.newsmodel.parser.doc;

import dev.newsmodel.model.Mention;
import dev.newsmodel.model.Person;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The persons' mentions in text order: each mention's start, end and person id in sorted arrays
 * that a binary search reads. Where two mentions start at one offset, the later person's wins. Made
 * once per document by the {@link EntityRegistry}, for every stage that asks who is named where.
 */
public final class MentionIndex {
  private final int[] starts;
  private final int[] ends;
  private final String[] ids;

  private MentionIndex(int[] starts, int[] ends, String[] ids) {
    this.starts = starts;
    this.ends = ends;
    this.ids = ids;
  }

  static MentionIndex of(List<Person> persons) {
    int count = 0;
    for (Person person : persons) {
      count += person.mentions().size();
    }
    // start and order of addition in one long: sorted by start, then by order
    long[] keys = new long[count];
    String[] idByOrder = new String[count];
    int[] endByOrder = new int[count];
    int order = 0;
    for (Person person : persons) {
      for (Mention mention : person.mentions()) {
        keys[order] = (long) mention.start() << 32 | order;
        endByOrder[order] = mention.end();
        idByOrder[order++] = person.id();
      }
    }
    Arrays.sort(keys);
    int[] starts = new int[count];
    int[] ends = new int[count];
    String[] ids = new String[count];
    int size = 0;
    for (long key : keys) {
      int start = (int) (key >>> 32);
      if (size > 0 && starts[size - 1] == start) {
        size--; // the later one replaces it
      }
      starts[size] = start;
      ends[size] = endByOrder[(int) key];
      ids[size++] = idByOrder[(int) key];
    }
    return new MentionIndex(
        Arrays.copyOf(starts, size), Arrays.copyOf(ends, size), Arrays.copyOf(ids, size));
  }

  public int size() {
    return starts.length;
  }

  public int start(int k) {
    return starts[k];
  }

  public int end(int k) {
    return ends[k];
  }

  /** The id of the person of mention {@code k}. */
  public String id(int k) {
    return ids[k];
  }

  /** The index of the first mention starting at or after {@code offset}; {@link #size} if none. */
  public int firstFrom(int offset) {
    int k = Arrays.binarySearch(starts, offset);
    return k >= 0 ? k : -k - 1;
  }

  /** The index of the last mention starting before {@code offset}; -1 if none. */
  public int lastBefore(int offset) {
    return firstFrom(offset) - 1;
  }

  /** The id of the person whose mention starts at {@code start}, or null. */
  public @Nullable String idAt(int start) {
    int k = Arrays.binarySearch(starts, start);
    return k >= 0 ? ids[k] : null;
  }
}
