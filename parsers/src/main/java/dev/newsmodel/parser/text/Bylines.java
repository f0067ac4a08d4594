package dev.newsmodel.parser.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads byline lines ("By Jane Doe and John Roe, Reuters | June 19, 2023") into author names and,
 * when the line carries one, a date. Names are kept when they look like a person's; an agency or
 * job title is dropped when a person is named.
 */
public final class Bylines {
  private static final int MAX_CHARS = 160;

  private final TextWords bylineWords;
  private final DateLines dateLines;

  /** Reads bylines with the words of {@code words}. */
  public Bylines(TextWords words) {
    this.bylineWords = words;
    this.dateLines = new DateLines(words);
  }

  /** A parsed byline. */
  public record Byline(List<String> authors, Optional<String> date) {}

  /** The byline in {@code line}, when the line is one ("By ..."). */
  public Optional<Byline> parse(String line) {
    String opener = bylineWords.bylineOpener;
    if (line.length() > MAX_CHARS || line.length() < opener.length() + 1) {
      return Optional.empty();
    }
    if (!line.regionMatches(true, 0, opener, 0, opener.length())) {
      return Optional.empty();
    }
    List<String> segments = splitSegments(line.substring(opener.length()));
    List<String> authors = new ArrayList<>();
    Optional<String> date = Optional.empty();
    String fallback = null;
    for (String segment : segments) {
      Optional<String> segmentDate = dateLines.parseLine(segment);
      if (segmentDate.isPresent()) {
        date = date.isPresent() ? date : segmentDate;
        continue;
      }
      for (String part : splitNames(segment)) {
        String name = stripPlace(part);
        if (isPersonName(name)) {
          authors.add(name);
        } else if (fallback == null && isOrganisationName(name)) {
          fallback = name;
        }
      }
    }
    if (authors.isEmpty() && fallback != null) {
      authors.add(fallback);
    }
    return authors.isEmpty() && date.isEmpty()
        ? Optional.empty()
        : Optional.of(new Byline(authors, date));
  }

  /** Splits at "|", "·", "•" and spaced dashes. */
  private static List<String> splitSegments(String s) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bar = c == '|' || c == '\u00B7' || c == '\u2022';
      boolean dash =
          (c == '-' || c == '\u2013' || c == '\u2014')
              && i > 0
              && s.charAt(i - 1) == ' '
              && i + 1 < s.length()
              && s.charAt(i + 1) == ' ';
      if (bar || dash) {
        out.add(s.substring(start, i).strip());
        start = i + 1;
      }
    }
    out.add(s.substring(start).strip());
    out.removeIf(String::isEmpty);
    return out;
  }

  /** Splits a list of names at commas, semicolons, "&" and the joining words ("and"). */
  private List<String> splitNames(String s) {
    String joined = s.replace(" & ", ",");
    for (String join : bylineWords.nameJoins) {
      joined = joined.replace(join, ",");
    }
    List<String> out = new ArrayList<>();
    for (String part : joined.replace(";", ",").split(",")) {
      String name = part.strip();
      if (!name.isEmpty()) {
        out.add(name);
      }
    }
    return out;
  }

  /** "Jane Doe in Beijing" becomes "Jane Doe". */
  private String stripPlace(String name) {
    for (String marker : bylineWords.placeMarkers) {
      int at = name.indexOf(marker);
      if (at > 0) {
        return name.substring(0, at).strip();
      }
    }
    return name;
  }

  public boolean isPersonName(String name) {
    String[] words = name.split(" ");
    if (words.length < 2 || words.length > 5 || hasRoleWord(name)) {
      return false;
    }
    for (String word : words) {
      if (word.isEmpty()) {
        return false;
      }
      boolean capitalised = Character.isUpperCase(word.charAt(0));
      if (!capitalised && !bylineWords.particles.contains(word)) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '\u2019') {
          return false;
        }
      }
    }
    return true;
  }

  /** A short capitalised name such as "Reuters" or "AFP News", kept when no person is named. */
  private boolean isOrganisationName(String name) {
    if (name.isEmpty() || hasRoleWord(name) || Lines.words(name) > 4) {
      return false;
    }
    for (String word : name.split(" ")) {
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private boolean hasRoleWord(String name) {
    for (String word : name.toLowerCase(Locale.ROOT).split(" ")) {
      if (bylineWords.roleWords.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
