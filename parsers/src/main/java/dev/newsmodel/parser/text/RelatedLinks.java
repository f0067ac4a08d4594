package dev.newsmodel.parser.text;

import dev.newsmodel.model.RelatedLink;
import java.util.List;
import java.util.Optional;

/** Reads "Read also: ..." lines into related links. */
public final class RelatedLinks {
  /** Prefixes, lower case, that introduce a link to another article, in the order tried. */
  private final List<String> prefixes;

  /** The first letters of the prefixes. */
  private final String firstLetters;

  /** Reads related-link lines that open with a prefix of {@code words}. */
  public RelatedLinks(TextWords words) {
    this.prefixes = words.relatedPrefixes;
    this.firstLetters = firstLetters(prefixes);
  }

  private static String firstLetters(List<String> prefixes) {
    StringBuilder letters = new StringBuilder();
    for (String prefix : prefixes) {
      if (letters.indexOf(prefix.substring(0, 1)) < 0) {
        letters.append(prefix.charAt(0));
      }
    }
    return letters.toString();
  }

  /** The link on {@code line}, when the line is a related-link line. */
  public Optional<RelatedLink> parse(String line) {
    if (line.isEmpty() || firstLetters.indexOf(Character.toLowerCase(line.charAt(0))) < 0) {
      return Optional.empty(); // most lines: no prefix starts so
    }
    for (String prefix : prefixes) {
      if (!line.regionMatches(true, 0, prefix, 0, prefix.length())) {
        continue;
      }
      int rest = afterSeparator(line, prefix.length());
      if (rest < 0) {
        continue;
      }
      String text = line.substring(rest).strip();
      Optional<String> url = findUrl(text);
      if (url.isPresent()) {
        text = text.replace(url.get(), "").strip();
        if (text.isEmpty()) {
          text = url.get();
        }
      }
      return text.isEmpty() ? Optional.empty() : Optional.of(RelatedLink.of(text, url));
    }
    return Optional.empty();
  }

  /** The offset after ":" or a dash that follows the prefix, or -1. */
  private static int afterSeparator(String line, int from) {
    int i = from;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    if (i < line.length() && ":-\u2013\u2014|>\u00BB".indexOf(line.charAt(i)) >= 0) {
      return i + 1;
    }
    return -1;
  }

  private static Optional<String> findUrl(String text) {
    int at = text.indexOf("http://");
    if (at < 0) {
      at = text.indexOf("https://");
    }
    if (at < 0) {
      return Optional.empty();
    }
    int end = at;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return Optional.of(text.substring(at, end));
  }
}
