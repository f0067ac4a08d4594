package dev.newsmodel.parser.html;

import dev.newsmodel.parser.lexicon.GivenNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Author strings cleaned into names: "By", "View all posts by", job titles, desks and the site's
 * name taken off, co-authors split, post-nominal letters kept with their name. {@link Authors}
 * finds the strings.
 */
final class AuthorNames {
  private final HtmlWords htmlWords;

  /** The texts that are only an author prefix ("by", "written by"), lower case, no end space. */
  private final Set<String> prefixesAlone = new HashSet<>();

  AuthorNames(HtmlWords words) {
    this.htmlWords = words;
    for (String prefix : words.authorPrefixes) {
      prefixesAlone.add(prefix);
      if (prefix.endsWith(" ")) {
        prefixesAlone.add(prefix.substring(0, prefix.length() - 1));
      }
    }
  }

  /** Cleans raw author strings into names; drops the site and publisher. */
  List<String> clean(List<String> raw, Set<String> organisations) {
    List<String> persons = new ArrayList<>();
    Set<String> others = new LinkedHashSet<>();
    Set<String> organisationKeys = new LinkedHashSet<>();
    for (String organisation : organisations) {
      organisationKeys.add(TitleKeys.key(organisation));
    }
    for (String value : raw) {
      String text = Text.normalise(Entities.decode(value));
      if (text.isEmpty() || text.contains("://") || text.startsWith("@") || text.length() > 200) {
        continue;
      }
      String previous = null; // the person the last part named, in this string
      for (String part : split(uninverted(stripPrefix(text)))) {
        String credential = part.strip();
        if (previous != null
            && Credentials.isCredential(credential)
            && !organisationKeys.contains(TitleKeys.key(credential))) {
          // "Ana Costa, MS, RD": the letters after a name are hers, and the page shows them.
          String named = previous + ", " + credential;
          persons.set(persons.indexOf(previous), named);
          previous = named;
          continue;
        }
        previous = null;
        String name = stripSuffix(stripPrefix(part.strip()), organisationKeys);
        String withoutTail = stripOrganisationTail(name);
        if (!withoutTail.equals(name)
            && GivenNames.contains(withoutTail.split(" ")[0])
            && htmlWords.bylines.isPersonName(withoutTail)
            && !looksLikeOrganisation(withoutTail)) {
          name = withoutTail;
        }
        if (name.isEmpty()
            || name.equalsIgnoreCase(htmlWords.loneBylineWord)
            || isPrefix(name)
            || organisationKeys.contains(TitleKeys.key(name))
            || hasDigit(name)) {
          continue;
        }
        if (htmlWords.bylines.isPersonName(name) && !looksLikeOrganisation(name)) {
          if (!persons.contains(name)) {
            persons.add(name);
            previous = name;
          }
        } else if (name.length() <= 60) {
          others.add(name);
        }
      }
    }
    return new ArrayList<>(persons.isEmpty() ? others : persons);
  }

  /**
   * A name of a catalogue, where every name is written surname first ("van den Berg, Anna"), in
   * reading order; a text with no comma, or with several, as it is.
   */
  static String catalogueOrder(String text) {
    int comma = text.indexOf(',');
    if (comma <= 0 || text.indexOf(',', comma + 1) >= 0) {
      return text;
    }
    String given = text.substring(comma + 1).strip();
    return given.isEmpty() ? text : given + " " + text.substring(0, comma).strip();
  }

  /**
   * A name written surname first, as catalogues write it ("Costa, Ana", "Berg, Anna van den",
   * "Lind, Bo T."), in reading order; any other text as it is. Only a one-word surname before a
   * given name with nothing after it but initials and lower-case particles is read so: "Costa, Ana
   * Lind" names two persons.
   */
  static String uninverted(String text) {
    int comma = text.indexOf(',');
    if (comma <= 0 || text.indexOf(',', comma + 1) >= 0) {
      return text;
    }
    String surname = text.substring(0, comma).strip();
    String given = text.substring(comma + 1).strip();
    if (surname.isEmpty()
        || given.isEmpty()
        || surname.indexOf(' ') >= 0
        || !Character.isUpperCase(surname.charAt(0))) {
      return text;
    }
    String[] words = given.split(" ");
    // "Ana, Bo" names two persons; "Berg, Anna van den" one, as the particle left at the end tells.
    if (!GivenNames.contains(words[0]) || (words.length == 1 && GivenNames.contains(surname))) {
      return text;
    }
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      boolean initial = w.length() == 2 && w.charAt(1) == '.' && Character.isUpperCase(w.charAt(0));
      if (!initial && !Character.isLowerCase(w.charAt(0))) {
        return text;
      }
    }
    return catalogueOrder(text);
  }

  /**
   * A name whose first word is not a given name and that holds a word of organizations ("Financial
   * Times", "Bleacher Report") or names a place ("South Florida").
   */
  boolean looksLikeOrganisation(String name) {
    String[] words = name.split(" ");
    if (GivenNames.contains(words[0])) {
      return false;
    }
    for (String word : words) {
      if (htmlWords.gazetteer.hasOrganisationWord(word)) {
        return true;
      }
    }
    return htmlWords.gazetteer.hasPlace(name)
        || htmlWords.gazetteer.hasPlace(words[words.length - 1]);
  }

  /** "John O'Connor The Associated Press" becomes "John O'Connor". */
  private String stripOrganisationTail(String name) {
    String[] words = name.split(" ");
    int end = words.length;
    while (end > 2
        && (htmlWords.gazetteer.hasOrganisationWord(words[end - 1])
            || words[end - 1].equalsIgnoreCase(htmlWords.organizationArticle))) {
      end--;
    }
    return end == words.length ? name : String.join(" ", java.util.Arrays.copyOf(words, end));
  }

  /** Whether a name is only an author prefix ("Written By"), a label without its name. */
  boolean isPrefix(String name) {
    return prefixesAlone.contains(name.toLowerCase(Locale.ROOT));
  }

  private String stripPrefix(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String prefix : htmlWords.authorPrefixes) {
      if (lower.startsWith(prefix)) {
        return text.substring(prefix.length()).strip();
      }
    }
    return text;
  }

  /** "Kayla Jimenez USA TODAY" and "Dave Epstein Globe Correspondent" lose their tails. */
  private String stripSuffix(String name, Set<String> organisationKeys) {
    String key = TitleKeys.key(name);
    for (String organisation : organisationKeys) {
      if (!organisation.isEmpty() && key.endsWith(" " + organisation)) {
        int words = organisation.split(" ").length;
        String[] parts = name.split(" ");
        if (parts.length > words) {
          name = String.join(" ", java.util.Arrays.copyOf(parts, parts.length - words));
        }
      }
    }
    String[] parts = name.split(" ");
    int end = parts.length;
    boolean role = false;
    while (end > 2 && htmlWords.trailingRoles.contains(parts[end - 1].toLowerCase(Locale.ROOT))) {
      end--;
      role = true;
    }
    while (role && end > 2 && isDeskWord(parts[end - 1])) {
      end--;
    }
    return end == parts.length ? name : String.join(" ", java.util.Arrays.copyOf(parts, end));
  }

  private boolean isDeskWord(String word) {
    return htmlWords.deskWords.contains(word.toLowerCase(Locale.ROOT));
  }

  private List<String> split(String text) {
    String joined = text.replace(" & ", ",");
    for (String join : htmlWords.nameJoins) {
      joined = joined.replace(join, ",");
    }
    List<String> parts = new ArrayList<>();
    for (String part :
        joined.replace(";", ",").replace("|", ",").replace("\u2022", ",").split(",")) {
      parts.add(part);
    }
    return parts;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
