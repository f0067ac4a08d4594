package dev.newsmodel.parser;

/**
 * A start or end tag read from a page's bytes for {@link InertText}: its name, where it ends and
 * whether it closes itself, reading attribute values as HTML's tokenizer does (a quote opens a
 * value only after "="), so that a "&gt;" or "&lt;script&gt;" in a value is passed over. One per
 * scan, read again for each tag.
 */
final class InertTextTag {
  int nameFrom;
  int nameTo;
  boolean selfClosing;

  /** Reads the tag whose name starts at {@code from}; the index after its "&gt;", or -1. */
  int read(byte[] b, int from) {
    int n = b.length;
    int k = from;
    while (k < n && !InertText.isSpace(b[k]) && b[k] != '/' && b[k] != '>') {
      k++;
    }
    nameFrom = from;
    nameTo = k;
    selfClosing = false;
    while (k < n) {
      int c = b[k];
      if (InertText.isSpace(c)) {
        k++;
      } else if (c == '/') {
        k++;
        if (k < n && b[k] == '>') {
          selfClosing = true;
          return k + 1;
        }
      } else if (c == '>') {
        return k + 1;
      } else {
        k = attribute(b, k);
        if (k < 0) {
          return -1;
        }
      }
    }
    return -1;
  }

  /** Reads an attribute from its name at {@code k}; the index after it, or -1 at the end. */
  private static int attribute(byte[] b, int k) {
    int n = b.length;
    k++; // a name's first character may be "=" or a quote
    while (k < n && !InertText.isSpace(b[k]) && b[k] != '/' && b[k] != '>' && b[k] != '=') {
      k++;
    }
    int v = k;
    while (v < n && InertText.isSpace(b[v])) {
      v++;
    }
    if (v >= n || b[v] != '=') {
      return k;
    }
    v++;
    while (v < n && InertText.isSpace(b[v])) {
      v++;
    }
    if (v >= n) {
      return -1;
    }
    int q = b[v];
    if (q == '"' || q == '\'') {
      int end = InertText.indexOf(b, v + 1, n, (byte) q);
      return end < 0 ? -1 : end + 1;
    }
    while (v < n && !InertText.isSpace(b[v]) && b[v] != '>') {
      v++;
    }
    return v;
  }

  /** Whether the tag's name is {@code lower}, in any case. */
  boolean is(byte[] b, String lower) {
    return nameTo - nameFrom == lower.length() && InertText.equalsIgnoreCase(b, nameFrom, lower);
  }

  /** The tag's name in lower case. */
  String name(byte[] b) {
    return new String(b, nameFrom, nameTo - nameFrom, java.nio.charset.StandardCharsets.ISO_8859_1)
        .toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether a script's text is kept: its tag (from {@code lt}) names JSON ("application/ld+json",
   * read by the metadata) or holds a character reference, which could spell it.
   */
  boolean keeps(byte[] b, int lt, int end) {
    for (int k = lt; k < end; k++) {
      if (b[k] == '&' || ((b[k] | 0x20) == 'j' && InertText.equalsIgnoreCase(b, k, "json"))) {
        return true;
      }
    }
    return false;
  }
}
