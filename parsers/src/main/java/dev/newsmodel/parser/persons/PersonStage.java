package dev.newsmodel.parser.persons;

import dev.newsmodel.model.Mention;
import dev.newsmodel.model.MentionKind;
import dev.newsmodel.model.Person;
import dev.newsmodel.model.Role;
import dev.newsmodel.parser.doc.Document;
import dev.newsmodel.parser.doc.EntityRegistry;
import dev.newsmodel.parser.doc.Layer;
import dev.newsmodel.parser.doc.Stage;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.GivenNames;
import dev.newsmodel.parser.lexicon.Language;
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
 * layers; makes the entities layer, which later stages add organizations to. Holds the word lists
 * of its language and a memo of what they say of capitalised words ({@link NameWords}); keeps no
 * state of a document, and is thread-safe.
 */
public final class PersonStage implements Stage {
  private final PersonWords words;
  private final NameWords nameWords;
  private final NotPersons notPersons;
  private final PlaceContexts placeContexts;
  private final Evidence evidence;

  /**
   * A persons stage reading the words of {@code language}; tags the lists it asks about every token
   * in it, so it must be made before the bundle is frozen.
   */
  public PersonStage(Language language) {
    this.words = new PersonWords(language);
    this.nameWords = new NameWords(words);
    this.notPersons = new NotPersons(words);
    this.placeContexts = new PlaceContexts(words);
    this.evidence = new Evidence(words, notPersons, placeContexts);
  }

  @Override
  public String name() {
    return "persons";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layer.ENTITIES);
  }

  /** Finds the persons of {@code document} and makes its entities layer of them. */
  @Override
  public void apply(Document document) {
    String text = document.text();
    Tokens tokens = document.tokens();
    Scanner scanner = new Scanner(text, tokens, words, nameWords);
    List<ScannedSpan> spans = scanner.scan(document.sentences());
    Registry registry = new Registry(words);
    List<Cluster> clusters = registry.clusters;
    dev.newsmodel.parser.doc.Sentences sentences = document.sentences();

    // Names that the text elsewhere calls a place ("the Oko-Oba abattoir") found no person.
    Set<String> notPersonNames = new java.util.HashSet<>();
    for (ScannedSpan span : spans) {
      if (span.kind == ScannedSpan.Kind.NAME
          && span.title == null
          && placeContexts.isPlaceOrCompany(span, tokens)) {
        notPersonNames.add(span.text);
      }
      if (span.kind == ScannedSpan.Kind.NAME && isOrganisationHead(span, tokens)) {
        notPersonNames.add(span.text); // "Fox" of "Fox News": alone, the network too
      }
    }
    // Pass 1: names with strong evidence found persons.
    for (ScannedSpan span : spans) {
      if (span.kind == ScannedSpan.Kind.NAME
          && (span.title != null || !notPersonNames.contains(span.text))
          && evidence.isPerson(span, tokens, sentences)) {
        registry.attach(span, true);
      }
    }
    foundCoordinated(spans, tokens, registry, notPersonNames);
    // Pass 2: other names that repeat a known person's name or family name, also inside a longer
    // run of capitalised words ("Court Takes Up Mugabe Re-election").
    List<ScannedSpan> parts = new ArrayList<>();
    for (ScannedSpan span : spans) {
      if (span.kind == ScannedSpan.Kind.NAME
          && span.person == null
          && !notPersonNames.contains(span.text)
          && !(notPersons.insideOrganisationName(span, tokens)
              && !evidence.isFollowedByPersonWord(span, tokens))
          && !notPersons.beforeNumber(span, tokens)) {
        if (span.endToken - span.firstToken > 1 || !evidence.afterLocative(span, tokens)) {
          registry.attach(span, false);
        }
        if (span.person == null && span.endToken - span.firstToken > 1) {
          parts.addAll(knownParts(span, tokens, scanner, registry));
        }
      }
    }
    spans.addAll(parts);
    Roles roles = new Roles(text, tokens, scanner, words);
    for (ScannedSpan span : spans) {
      if (span.kind == ScannedSpan.Kind.NAME && span.person != null) {
        roles.collect(span, spans);
      }
    }
    // A description that gives a role ("Qin Gang is the Chinese Minister ...") is not a mention.
    spans.removeIf(
        span ->
            span.kind == ScannedSpan.Kind.DESCRIPTION
                && roles.isRolePhrase(span.firstToken, span.endToken));
    for (Cluster cluster : clusters) {
      learnSex(cluster);
    }
    new Coreference(spans, words).resolve();
    document.put(Layer.ENTITIES, new EntityRegistry(toPersons(clusters)));
  }

  /**
   * Full names listed with a person are persons: "Vladimir Putin, Hassan Rouhani and Ilham Aliyev".
   * Runs until the list stops growing, so a whole list follows from one member.
   */
  private void foundCoordinated(
      List<ScannedSpan> spans, Tokens tokens, Registry registry, Set<String> notPersonNames) {
    List<ScannedSpan> names = new ArrayList<>();
    for (ScannedSpan span : spans) {
      if (span.kind == ScannedSpan.Kind.NAME) {
        names.add(span);
      }
    }
    names.sort(Comparator.comparingInt(s -> s.firstToken));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int k = 0; k < names.size(); k++) {
        ScannedSpan span = names.get(k);
        if (span.person != null) {
          continue;
        }
        boolean listed =
            k > 0 && names.get(k - 1).person != null && linked(names.get(k - 1), span, tokens)
                || k + 1 < names.size()
                    && names.get(k + 1).person != null
                    && linked(span, names.get(k + 1), tokens);
        // The neighbours first: few names stand in a list, and the passes repeat until none grows.
        if (listed && isCoordinatedCandidate(span, tokens, notPersonNames)) {
          registry.attach(span, true);
          grew = true;
        }
      }
    }
  }

  private boolean isCoordinatedCandidate(
      ScannedSpan span, Tokens tokens, Set<String> notPersonNames) {
    int words = span.words().length;
    return words >= 2
        && words <= 4
        && !notPersonNames.contains(span.text)
        && !notPersons.looksLikeOrganisationOrPlace(span)
        && !notPersons.insideOrganisationName(span, tokens)
        && !notPersons.notAName(span.words());
  }

  /** Whether only "," or "and" (or both) stand between two names of one sentence. */
  private boolean linked(ScannedSpan first, ScannedSpan second, Tokens tokens) {
    int gap = second.firstToken - first.endToken;
    if (first.sentence != second.sentence || gap < 1 || gap > 2) {
      return false;
    }
    int i = first.endToken;
    if (gap == 1) {
      return tokens.is(i, ",") || tokens.is(i, words.coordinator);
    }
    return tokens.is(i, ",") && tokens.is(i + 1, words.coordinator);
  }

  /**
   * Whether a one-word name heads an organisation's name: "Fox" of "Fox News", "Carnegie" of
   * "Carnegie Center". A person of that name still shows by a title or a full name elsewhere.
   */
  private boolean isOrganisationHead(ScannedSpan span, Tokens tokens) {
    int next = span.endToken;
    return span.firstToken + 1 == next
        && span.title == null
        && next < tokens.size()
        && tokens.kind(next) == Tokens.WORD
        && Character.isUpperCase(tokens.firstChar(next))
        && WordList.has(words.organisationHeads, tokens, next);
  }

  /** The words of a run that are a known person's family name, as spans of their own. */
  private List<ScannedSpan> knownParts(
      ScannedSpan run, Tokens tokens, Scanner scanner, Registry registry) {
    List<ScannedSpan> parts = new ArrayList<>();
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
                && !notPersons.looksLikeOrganisationOrPlace(run)
                && !cluster.familyFirst;
        int from = fullName ? run.firstToken : i;
        ScannedSpan part = scanner.span(ScannedSpan.Kind.NAME, from, i + 1, run.sentence);
        cluster.add(part);
        registry.index(cluster);
        parts.add(part);
      }
    }
    return parts;
  }

  private void learnSex(Cluster cluster) {
    for (ScannedSpan mention : cluster.mentions) {
      if (mention.title != null) {
        cluster.learnSex(words.titleSex(mention.title.text));
      }
    }
    String first = cluster.nameWords[0];
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
      for (ScannedSpan span : cluster.mentions) {
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
