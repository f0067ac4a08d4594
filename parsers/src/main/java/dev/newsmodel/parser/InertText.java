package dev.newsmodel.parser;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Cuts the text of a page's scripts and style sheets out of its bytes before jsoup reads them:
 * nothing reads that text but JSON scripts (kept whole), and jsoup spends a third of its parse
 * copying it. Each cut leaves {@link #MARK} as the element's text, so that {@link InertTextCheck}
 * can tell, from the parsed page, that jsoup read every cut as the text of a script or style
 * element; the page is parsed again from its own bytes when it did not.
 *
 * <p>The scan goes from "&lt;" to "&lt;" (eight bytes at a time), passes over comments, and reads
 * the attributes of each "&lt;script" and "&lt;style" tag as the tokenizer does, up to its "&gt;";
 * the check tells whether jsoup took it for a tag. Where a script's text ends is found exactly (the
 * first end tag of its name, in any case); where it could end otherwise (a "&lt;script" after a
 * "&lt;!--" in a script: the tokenizer's double-escaped state), or a script closes itself, the scan
 * stops, keeping the cuts made so far. Scripts whose tag names JSON are kept, and so are scripts
 * and style sheets inside SVG (as far as the scan tells). Only for charsets in which every {@code
 * <} byte is a {@code <}.
 */
final class InertText {
  private InertText() {}

  /** What a cut script or style sheet holds instead of its text: no page writes it. */
  static final String MARK = "\u0001";

  private static final byte MARK_BYTE = 1;

  /** The page with its cuts made: its first {@code length} bytes; and how many cuts. */
  record Cut(byte[] bytes, int length, int count) {}

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /** The page with the text of its scripts and style sheets cut, or null when there is none. */
  static Cut cut(byte[] b) {
    int n = b.length;
    byte[] out = null;
    int written = 0;
    int copied = 0; // of b, into out
    int count = 0;
    int svg = 0; // SVG elements open, as far as the scan tells: icons hold style sheets of SVG's
    InertTextTag tag = new InertTextTag();
    int i = 0;
    for (int lt = indexOf(b, 0, n, (byte) '<'); lt >= 0; lt = indexOf(b, i, n, (byte) '<')) {
      i = lt + 1;
      if (lt + 4 >= n) {
        break;
      }
      int c = b[lt + 1] | 0x20;
      if (c == '!' && b[lt + 2] == '-' && b[lt + 3] == '-') {
        i = commentEnd(b, lt + 4); // a script in a comment is none
      } else if (c == '/' && isTag(b, lt + 2, "svg")) {
        svg = Math.max(0, svg - 1);
      } else if (c == 's') {
        boolean script = isTag(b, lt + 1, "script");
        if (isTag(b, lt + 1, "svg")) {
          i = tag.read(b, lt + 1);
          svg += tag.selfClosing ? 0 : 1;
        } else if (script || isTag(b, lt + 1, "style")) {
          i = tag.read(b, lt + 1);
          if (i < 0 || tag.selfClosing) {
            break; // a self-closing script: left to jsoup
          }
          int close = close(b, i, script ? "script" : "style", script);
          if (close < 0) {
            break;
          }
          if (close - i > 1 && svg == 0 && !(script && tag.keeps(b, lt, i))) {
            if (out == null) {
              out = Buffer.of(n);
            }
            int len = i - copied;
            System.arraycopy(b, copied, out, written, len);
            written += len;
            out[written++] = MARK_BYTE;
            copied = close;
            count++;
          }
          i = close;
        }
      }
      if (i < 0) {
        break;
      }
    }
    if (out == null) {
      return null;
    }
    System.arraycopy(b, copied, out, written, n - copied);
    written += n - copied;
    return new Cut(out, written, count);
  }

  /**
   * Where the end tag of {@code name} starts, from {@code from}, as the tokenizer reads a script's
   * or style sheet's text: the first "&lt;/" and the name in any case, then a space, "/" or "&gt;".
   * -1 when there is none or, in a script, when "&lt;script" follows a "&lt;!--" (the tokenizer's
   * double-escaped state, where that end tag does not end the script).
   */
  private static int close(byte[] b, int from, String name, boolean script) {
    int n = b.length;
    boolean escaped = false;
    for (int k = indexOf(b, from, n, (byte) '<'); k >= 0; k = indexOf(b, k + 1, n, (byte) '<')) {
      if (k + 1 >= n) {
        return -1;
      }
      if (b[k + 1] == '/') {
        if (isTag(b, k + 2, name)) {
          return k;
        }
      } else if (script && k + 3 < n && b[k + 1] == '!' && b[k + 2] == '-' && b[k + 3] == '-') {
        escaped = true;
      } else if (escaped && isTag(b, k + 1, name)) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether {@code name} stands at {@code at}, in any case, followed by what ends a tag name. */
  private static boolean isTag(byte[] b, int at, String name) {
    int end = at + name.length();
    return end < b.length && equalsIgnoreCase(b, at, name) && isEndOfName(b[end]);
  }

  /**
   * The array a cut page is written into: the thread's own, used again from page to page (jsoup has
   * read a cut page before the thread cuts the next), but for pages over {@link #KEPT} bytes.
   */
  private static final class Buffer {
    private static final int KEPT = 1 << 22;
    private static final ThreadLocal<byte[][]> OWN = ThreadLocal.withInitial(() -> new byte[1][]);

    static byte[] of(int n) {
      if (n > KEPT) {
        return new byte[n];
      }
      byte[][] own = OWN.get();
      if (own[0] == null || own[0].length < n) {
        own[0] = new byte[Math.max(n, 1 << 16)];
      }
      return own[0];
    }
  }

  /** Where a comment whose text starts at {@code j} ends: after "-->", "--!>" or an early ">". */
  private static int commentEnd(byte[] b, int j) {
    int n = b.length;
    if (j < n && b[j] == '>') {
      return j + 1;
    }
    if (j + 1 < n && b[j] == '-' && b[j + 1] == '>') {
      return j + 2;
    }
    for (int k = indexOf(b, j, n, (byte) '>'); k >= 0; k = indexOf(b, k + 1, n, (byte) '>')) {
      if (k - 2 >= j && b[k - 1] == '-' && b[k - 2] == '-') {
        return k + 1;
      }
      if (k - 3 >= j && b[k - 1] == '!' && b[k - 2] == '-' && b[k - 3] == '-') {
        return k + 1;
      }
    }
    return -1;
  }

  /** The first {@code c} in {@code b[from, to)}, eight bytes at a time; -1 when there is none. */
  static int indexOf(byte[] b, int from, int to, byte c) {
    long pattern = (c & 0xffL) * ONES;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(b, i) ^ pattern;
      long zero = (x - ONES) & ~x & HIGHS; // its lowest bit marks the first byte equal to c
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean isEndOfName(int c) {
    return isSpace(c) || c == '/' || c == '>';
  }

  /** Whether {@code b} holds {@code lower} (lower-case ASCII letters) at {@code at}, any case. */
  static boolean equalsIgnoreCase(byte[] b, int at, String lower) {
    if (at + lower.length() > b.length) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      if ((b[at + k] | 0x20) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
