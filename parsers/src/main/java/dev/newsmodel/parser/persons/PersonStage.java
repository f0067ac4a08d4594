package dev.newsmodel.parser.persons;

import dev.newsmodel.model.Mention;
import dev.newsmodel.model.MentionKind;
import dev.newsmodel.model.Person;
import dev.newsmodel.model.Role;
import dev.newsmodel.parser.doc.Document;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.GivenNames;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The persons stage: finds person names, merges every mention of one person (names, family names,
 * role descriptions, pronouns) and attaches the roles the text gives. Reads the token and sentence
 * layers; writes the persons layer. Stateless and thread-safe.
 */
public final class PersonStage {

  /** Finds the persons of {@code document} and stores them in it. */
  public void apply(Document document) {
    String text = document.text();
    Tokens tokens = document.tokens();
    Scanner scanner = new Scanner(text, tokens);
    List<Span> spans = scanner.scan(document.sentences());
    Registry registry = new Registry();
    List<Cluster> clusters = registry.clusters;
    dev.newsmodel.parser.doc.Sentences sentences = document.sentences();

    // Names that the text elsewhere calls a place ("the Oko-Oba abattoir") found no person.
    Set<String> places = new java.util.HashSet<>();
    for (Span span : spans) {
      if (span.kind == Span.Kind.NAME
          && span.title == null
          && PlaceContexts.isPlaceOrCompany(span, tokens)) {
        places.add(span.text);
      }
      if (span.kind == Span.Kind.NAME && isOrganisationHead(span, tokens)) {
        places.add(span.text); // "Fox" of "Fox News": alone, the network too
      }
    }
    // Pass 1: names with strong evidence found persons.
    for (Span span : spans) {
      if (span.kind == Span.Kind.NAME
          && (span.title != null || !places.contains(span.text))
          && isPerson(span, tokens, sentences)) {
        registry.attach(span, true);
      }
    }
    foundCoordinated(spans, tokens, registry, places);
    // Pass 2: other names that repeat a known person's name or family name, also inside a longer
    // run of capitalised words ("Court Takes Up Mugabe Re-election").
    List<Span> parts = new ArrayList<>();
    for (Span span : spans) {
      if (span.kind == Span.Kind.NAME
          && span.person == null
          && !places.contains(span.text)
          && !(NotPersons.insideOrganisationName(span, tokens)
              && !isFollowedByPersonWord(span, tokens))
          && !NotPersons.beforeNumber(span, tokens)) {
        if (span.endToken - span.firstToken > 1 || !afterLocative(span, tokens)) {
          registry.attach(span, false);
        }
        if (span.person == null && span.endToken - span.firstToken > 1) {
          parts.addAll(knownParts(span, tokens, scanner, registry));
        }
      }
    }
    spans.addAll(parts);
    Roles roles = new Roles(text, tokens, scanner);
    for (Span span : spans) {
      if (span.kind == Span.Kind.NAME && span.person != null) {
        roles.collect(span, spans);
      }
    }
    // A description that gives a role ("Qin Gang is the Chinese Minister ...") is not a mention.
    spans.removeIf(
        span ->
            span.kind == Span.Kind.DESCRIPTION
                && roles.isRolePhrase(span.firstToken, span.endToken));
    for (Cluster cluster : clusters) {
      learnSex(cluster);
    }
    new Coreference(spans).resolve();
    document.persons(toPersons(clusters));
  }

  /** Strong evidence that a name is a person's: a title, a given name, a reporting verb. */
  private boolean isPerson(Span span, Tokens tokens, dev.newsmodel.parser.doc.Sentences sentences) {
    String[] words = span.words();
    if (NotPersons.looksLikeOrganisationOrPlace(span)
        || NotPersons.insideOrganisationName(span, tokens)
        || NotPersons.beforeNumber(span, tokens)
        || PlaceContexts.isPlaceOrCompany(span, tokens)
        || NotPersons.notAName(words)) {
      return false;
    }
    if (span.title != null
        && (words.length >= 2 || Character.isUpperCase(span.title.text.charAt(0)))) {
      return true;
    }
    if (words.length >= 2
        && words.length <= 5
        && GivenNames.contains(words[0])
        && !(words.length >= 3 && isHeadline(sentences, tokens, span.sentence))) {
      return true;
    }
    if (words.length == 1 && (isPlural(span, tokens) || afterLocative(span, tokens))) {
      return false;
    }
    if (words.length <= 4 && nextToReportingVerb(span, tokens)) {
      return true;
    }
    boolean modifier =
        span.endToken < tokens.size()
            && tokens.kind(span.endToken) == Tokens.WORD
            && Character.isLowerCase(tokens.firstChar(span.endToken))
            && !WordList.has(FUNCTION_WORDS, tokens, span.endToken);
    if (words.length <= 3
        && ((afterMeetingVerb(span, tokens) && !modifier) || beforeMeetingVerb(span, tokens))) {
      return true; // "met with Besigye", not "met with Nordic trade ministers"
    }
    return words.length <= 4
        && (isAppositive(span, tokens)
            || isFollowedByPersonWord(span, tokens)
            || afterRelation(span, tokens)
            || words.length >= 2 && isCopularWithTitle(span, tokens));
  }

  /**
   * Full names listed with a person are persons: "Vladimir Putin, Hassan Rouhani and Ilham Aliyev".
   * Runs until the list stops growing, so a whole list follows from one member.
   */
  private static void foundCoordinated(
      List<Span> spans, Tokens tokens, Registry registry, Set<String> places) {
    List<Span> names = new ArrayList<>();
    for (Span span : spans) {
      if (span.kind == Span.Kind.NAME) {
        names.add(span);
      }
    }
    names.sort(Comparator.comparingInt(s -> s.firstToken));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int k = 0; k < names.size(); k++) {
        Span span = names.get(k);
        if (span.person != null || !isCoordinatedCandidate(span, tokens, places)) {
          continue;
        }
        boolean listed =
            k > 0 && names.get(k - 1).person != null && linked(names.get(k - 1), span, tokens)
                || k + 1 < names.size()
                    && names.get(k + 1).person != null
                    && linked(span, names.get(k + 1), tokens);
        if (listed) {
          registry.attach(span, true);
          grew = true;
        }
      }
    }
  }

  private static boolean isCoordinatedCandidate(Span span, Tokens tokens, Set<String> places) {
    int words = span.words().length;
    return words >= 2
        && words <= 4
        && !places.contains(span.text)
        && !NotPersons.looksLikeOrganisationOrPlace(span)
        && !NotPersons.insideOrganisationName(span, tokens)
        && !NotPersons.notAName(span.words());
  }

  /** Whether only "," or "and" (or both) stand between two names of one sentence. */
  private static boolean linked(Span first, Span second, Tokens tokens) {
    int gap = second.firstToken - first.endToken;
    if (first.sentence != second.sentence || gap < 1 || gap > 2) {
      return false;
    }
    int i = first.endToken;
    if (gap == 1) {
      return tokens.is(i, ",") || tokens.is(i, "and");
    }
    return tokens.is(i, ",") && tokens.is(i + 1, "and");
  }

  /**
   * Whether a one-word name heads an organisation's name: "Fox" of "Fox News", "Carnegie" of
   * "Carnegie Center". A person of that name still shows by a title or a full name elsewhere.
   */
  private static boolean isOrganisationHead(Span span, Tokens tokens) {
    int next = span.endToken;
    return span.firstToken + 1 == next
        && span.title == null
        && next < tokens.size()
        && tokens.kind(next) == Tokens.WORD
        && Character.isUpperCase(tokens.firstChar(next))
        && WordList.has(ORGANISATION_HEADS, tokens, next);
  }

  /** Last words of organisations that take a founder's or a place's name less than a brand's. */
  private static final Set<String> ORGANISATION_HEADS =
      WordList.of("news", "center", "centre", "network", "channel", "radio", "tv", "times", "post");

  /** The words of a run that are a known person's family name, as spans of their own. */
  private static List<Span> knownParts(
      Span run, Tokens tokens, Scanner scanner, Registry registry) {
    List<Span> parts = new ArrayList<>();
    for (int i = run.firstToken; i < run.endToken; i++) {
      if (tokens.kind(i) != Tokens.WORD) {
        continue;
      }
      Cluster cluster = registry.findByFamilyName(new String[] {tokens.text(i)});
      if (cluster != null) {
        // "Poonam Dass" when "Dass" is known: a short run that ends with the family name is
        // the full name; in a longer run ("Court Takes Up Mugabe Re-election") only the word.
        boolean fullName =
            i == run.endToken - 1
                && run.endToken - run.firstToken <= 3
                && !NotPersons.looksLikeOrganisationOrPlace(run)
                && !cluster.familyFirst;
        int from = fullName ? run.firstToken : i;
        Span part = scanner.span(Span.Kind.NAME, from, i + 1, run.sentence);
        cluster.add(part);
        registry.index(cluster);
        parts.add(part);
      }
    }
    return parts;
  }

  /** Whom one meets is a person: "will meet Tomasz Nowak", "met with Ana Reyes". */
  private static boolean afterMeetingVerb(Span span, Tokens tokens) {
    int before = span.firstToken - 1;
    if (before > 0 && tokens.is(before, "with")) {
      before--;
    }
    if (before < 0 || tokens.kind(before) != Tokens.WORD) {
      return false;
    }
    return tokens.is(before, "met")
        || tokens.is(before, "meet")
        || tokens.is(before, "meets")
        || tokens.is(before, "meeting");
  }

  private static final java.util.Set<String> FUNCTION_WORDS =
      WordList.of(
          "in",
          "on",
          "at",
          "for",
          "to",
          "and",
          "or",
          "last",
          "this",
          "next",
          "during",
          "after",
          "before",
          "with",
          "who",
          "which",
          "as",
          "since",
          "when",
          "while",
          "about",
          "over",
          "yesterday",
          "today",
          "tomorrow",
          "earlier",
          "later",
          "twice",
          "again",
          "but",
          "of",
          "from",
          "said",
          "says",
          "told",
          "is",
          "was",
          "will",
          "has",
          "had");

  /** Who meets is a person: "Obama plans to meet …", "Duterte met …", "Kerry will meet". */
  private static boolean beforeMeetingVerb(Span span, Tokens tokens) {
    for (int i = span.endToken, steps = 0; i < tokens.size() && steps < 4; i++, steps++) {
      if (tokens.kind(i) != Tokens.WORD) {
        return false;
      }
      String word = tokens.lower(i);
      if (word.equals("met") || word.equals("meet") || word.equals("meets")) {
        return true;
      }
      if (HOLD.contains(word)) {
        // "Modi is due to hold a meeting", "Lind held talks"
        for (int j = i + 1; j < tokens.size() && j <= i + 3; j++) {
          if (tokens.is(j, "meeting") || tokens.is(j, "talks") || tokens.is(j, "meetings")) {
            return true;
          }
        }
        return false;
      }
      if (!MEETING_AUXILIARIES.contains(word)) {
        return false;
      }
    }
    return false;
  }

  private static final java.util.Set<String> HOLD = WordList.of("hold", "held", "holds");

  private static final java.util.Set<String> MEETING_AUXILIARIES =
      WordList.of(
          "will",
          "would",
          "to",
          "plans",
          "planned",
          "is",
          "was",
          "has",
          "had",
          "have",
          "also",
          "then",
          "later",
          "expected",
          "scheduled",
          "due",
          "set",
          "again",
          "first",
          "briefly");

  private static boolean nextToReportingVerb(Span span, Tokens tokens) {
    int after = span.endToken;
    if (after < tokens.size() && tokens.kind(after) == Tokens.WORD) {
      if (Lexicon.REPORTING_VERBS.contains(tokens.text(after))) {
        return true;
      }
    }
    int before = span.firstToken - 1;
    return before >= 0
        && tokens.kind(before) == Tokens.WORD
        && (tokens.is(before, "said")
            || tokens.is(before, "says")
            || tokens.is(before, "to") && before > 0 && tokens.is(before - 1, "according"));
  }

  /**
   * Whether sentence {@code s} is in headline case ("Clinton Expect Big Wins in New York"), where a
   * long run of capitalised words is no evidence of a name. Asked of few sentences, so not kept.
   */
  private static boolean isHeadline(
      dev.newsmodel.parser.doc.Sentences sentences, Tokens tokens, int s) {
    int words = 0;
    int capitalised = 0;
    for (int i = sentences.firstToken(s); i < sentences.endToken(s); i++) {
      if (tokens.kind(i) == Tokens.WORD && tokens.end(i) - tokens.start(i) > 3) {
        words++;
        if (Character.isUpperCase(tokens.firstChar(i))) {
          capitalised++;
        }
      }
    }
    return words >= 4 && capitalised * 10 >= words * 7;
  }

  /** "Analysts said": a sentence-initial plural, not a name. */
  private static boolean isPlural(Span span, Tokens tokens) {
    String word = span.text;
    boolean initial = span.firstToken == 0 || tokens.kind(span.firstToken - 1) != Tokens.WORD;
    return initial
        && word.length() > 3
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !GivenNames.contains(word);
  }

  private static final Set<String> LOCATIVES =
      WordList.of(
          "in",
          "at",
          "near",
          "from",
          "across",
          "outside",
          "inside",
          "around",
          "into",
          "throughout");

  /** "in Ferguson", "near Fallujah": a single word after a preposition of place is a place. */
  static boolean afterLocative(Span span, Tokens tokens) {
    int before = span.firstToken - 1;
    return before >= 0 && WordList.has(LOCATIVES, tokens, before);
  }

  /** "Dadis Camara himself", "Hilal Khashan, who teaches". */
  private static boolean isFollowedByPersonWord(Span span, Tokens tokens) {
    int next = span.endToken;
    if (next >= tokens.size()) {
      return false;
    }
    if (tokens.is(next, "himself") || tokens.is(next, "herself")) {
      return true;
    }
    if (span.words().length <= 2 && WordList.has(EPONYMOUS, tokens, next)) {
      return true; // "the Obama administration", "the Clinton era"
    }
    return tokens.is(next, ",") && next + 1 < tokens.size() && tokens.is(next + 1, "who");
  }

  /** Lower-case nouns that take a person's name before them. */
  private static final java.util.Set<String> EPONYMOUS =
      WordList.of("administration", "era", "presidency", "campaign", "aides", "contributed");

  /** "his wife Karen", "3-year-old Ahmed": a relation or an age before a name. */
  private static boolean afterRelation(Span span, Tokens tokens) {
    int before = span.firstToken - 1;
    if (before > 0 && tokens.is(before, ",")) {
      before--; // "the leader's brother, Nurettin,"
    }
    if (before < 0 || tokens.kind(before) != Tokens.WORD) {
      return false;
    }
    String word = tokens.lower(before);
    return RELATIONS.contains(word) || word.endsWith("-year-old");
  }

  private static final java.util.Set<String> RELATIONS =
      WordList.of(
          "wife",
          "husband",
          "son",
          "daughter",
          "brother",
          "sister",
          "mother",
          "father",
          "uncle",
          "aunt",
          "cousin",
          "nephew",
          "niece",
          "grandson",
          "granddaughter",
          "grandmother",
          "grandfather",
          "widow",
          "widower",
          "fiancé",
          "fiancée",
          "girlfriend",
          "boyfriend",
          "stepson",
          "stepdaughter",
          "sons",
          "daughters",
          "sibling",
          "twin",
          "stepfather",
          "stepmother");

  /** "Li Qiang is the Chinese Premier": a title within a few words after "is the". */
  private static boolean isCopularWithTitle(Span span, Tokens tokens) {
    int verb = span.endToken;
    if (verb + 2 >= tokens.size() || !(tokens.is(verb, "is") || tokens.is(verb, "was"))) {
      return false;
    }
    if (!(tokens.is(verb + 1, "the") || tokens.is(verb + 1, "a") || tokens.is(verb + 1, "an"))) {
      return false;
    }
    for (int i = verb + 2; i < Math.min(tokens.size(), verb + 6); i++) {
      if (tokens.kind(i) != Tokens.WORD) {
        return false;
      }
      if (Lexicon.isTitle(tokens.text(i))) {
        return true;
      }
    }
    return false;
  }

  /** "Jane Doe, 45," or "Jane Doe, the chief executive" or "Jo Li, a political scientist". */
  private static boolean isAppositive(Span span, Tokens tokens) {
    int comma = span.endToken;
    if (comma + 1 >= tokens.size() || !tokens.is(comma, ",")) {
      return false;
    }
    int next = comma + 1;
    if (tokens.kind(next) == Tokens.NUMBER) {
      return true;
    }
    int from =
        tokens.is(next, "the") || tokens.is(next, "a") || tokens.is(next, "an") ? next + 1 : next;
    for (int i = from; i < Math.min(tokens.size(), from + 3); i++) {
      if (tokens.kind(i) != Tokens.WORD) {
        return false;
      }
      if (Lexicon.isTitle(tokens.text(i)) || tokens.lower(i).endsWith("-year-old")) {
        return true; // "the chief executive", "a 21-year-old"
      }
    }
    return false;
  }

  private static void learnSex(Cluster cluster) {
    for (Span mention : cluster.mentions) {
      if (mention.title != null) {
        cluster.learnSex(Lexicon.titleSex(mention.title.text));
      }
    }
    String first = cluster.name.split(" ")[0];
    if (!cluster.familyFirst) {
      OptionalDouble female = GivenNames.femaleShare(first);
      if (female.isPresent()) {
        cluster.learnSex(
            female.getAsDouble() >= 0.9 ? 'F' : female.getAsDouble() <= 0.1 ? 'M' : '?');
      }
    }
  }

  private static List<Person> toPersons(List<Cluster> clusters) {
    List<Person> persons = new ArrayList<>();
    clusters.sort(Comparator.comparingInt(c -> c.mentions.get(0).start));
    for (Cluster cluster : clusters) {
      cluster.mentions.sort(Comparator.comparingInt(s -> s.start));
      Set<String> aliases = new LinkedHashSet<>();
      List<Mention> mentions = new ArrayList<>();
      for (Span span : cluster.mentions) {
        MentionKind kind =
            switch (span.kind) {
              case PRONOUN -> MentionKind.PRONOUN;
              case DESCRIPTION -> MentionKind.DESCRIPTION;
              default -> MentionKind.NAME;
            };
        mentions.add(Mention.of(span.text, span.start, kind));
        if (kind == MentionKind.NAME && !span.text.equals(cluster.name)) {
          aliases.add(span.text);
        }
      }
      persons.add(
          Person.builder()
              .id("p" + (persons.size() + 1))
              .name(cluster.name)
              .aliases(aliases)
              .roles(dedupe(cluster.roles))
              .mentions(mentions)
              .build());
    }
    return persons;
  }

  private static List<Role> dedupe(List<Role> roles) {
    List<Role> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Role role : roles) {
      String key = (role.affiliation().orElse("") + " " + role.title()).toLowerCase(Locale.ROOT);
      if (seen.add(key)) {
        out.add(role);
      }
    }
    return out;
  }
}
