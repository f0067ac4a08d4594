package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.EntityRef;
import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.parser.doc.MentionIndex;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives a pronoun speaker ("he said") the salient person of the discourse rather than the person
 * last mentioned: the speaker of the statement reported just before it, in the same or the previous
 * paragraph, when that person agrees with the pronoun's sex; unless the text has since made another
 * agreeing person the subject of a sentence (a new topic). A person named only inside quoted words
 * never speaks through a pronoun. Works on the drafts sorted by start, in place.
 */
final class PronounSpeakers {
  private final TextLayers layers;
  private final String text;
  private final MentionIndex persons;
  private final Map<String, String> pronounSexes;
  private final Set<String> pronouns;
  private final List<QuoteDraft> drafts;

  /** The sex each person's pronoun mentions tell, 'M' or 'F', or "" when they disagree. */
  private Map<String, String> sexes;

  /** The ids of the persons, made with {@link #sexes}. */
  private Set<String> personIds;

  PronounSpeakers(
      TextLayers layers, MentionIndex persons, QuoteWords words, List<QuoteDraft> drafts) {
    this.layers = layers;
    this.text = layers.text();
    this.persons = persons;
    this.pronounSexes = words.pronounSexes;
    this.pronouns = words.pronouns;
    this.drafts = drafts;
  }

  /** Gives the pronoun speakers of the drafts their salient person. */
  void resolve() {
    QuoteDraft previous = null;
    for (int i = 0; i < drafts.size(); i++) {
      QuoteDraft draft = drafts.get(i);
      EntityRef speaker = draft.speaker;
      String sex = speaker == null ? null : pronounSexes.get(lower(speaker));
      if (sex != null) {
        draft.speaker = salient(speaker, sex, previous, i);
      }
      if (draft.speaker != null && draft.speaker.entityId().isPresent()) {
        previous = draft;
      }
    }
  }

  /**
   * The person a pronoun speaker stands for: the topic of its paragraph (the person that opens a
   * sentence of it before the pronoun, since the statement reported before), else the speaker of
   * that statement within a paragraph, else the persons' own reading when the person is named
   * outside quoted words; each agreeing with the pronoun's sex.
   */
  private EntityRef salient(EntityRef pronoun, String sex, QuoteDraft previous, int index) {
    int paragraph = text.lastIndexOf('\n', pronoun.start()) + 1;
    int since = previous == null ? paragraph : Math.max(paragraph, previous.end);
    String chosen = topic(since, pronoun.start(), sex, false);
    String agreeing = chosen == null || sex.equals(sexOf(chosen)) ? null : agreeing(index, sex);
    if (agreeing != null) {
      // a speaker of this paragraph known to agree outweighs a topic of unknown sex, even when
      // one of unknown sex spoke in between ("Her husband Tomas told …")
      chosen = agreeing;
    }
    if (chosen == null
        && previous != null
        && previous.end < paragraph
        && paragraphBreaks(previous.end, pronoun.start()) <= 1) {
      // the paragraph before may have moved on to another person ("Later Ortega spoke again.")
      chosen = topic(previous.end, paragraph, sex, true);
      String speaker = previous.speaker.entityId().get();
      if (chosen == null && agrees(speaker, sex)) {
        chosen = speaker;
      }
    } else if (chosen == null
        && previous != null
        && agrees(previous.speaker.entityId().get(), sex)) {
      // the last speaker, unless their sex is unknown and an earlier one of the paragraph agrees
      String last = previous.speaker.entityId().get();
      String known = sex.equals(sexOf(last)) ? null : agreeing(index, sex);
      chosen = known != null ? known : last;
    }
    String current = pronoun.entityId().orElse(null);
    if (chosen == null && current != null && namedOutsideQuotes(current, pronoun.start())) {
      chosen = current;
    }
    if (chosen != null && chosen.equals(current)) {
      return pronoun;
    }
    EntityRef.Builder ref =
        EntityRef.builder().text(pronoun.text()).start(pronoun.start()).end(pronoun.end());
    if (chosen != null) {
      ref.entityId(chosen);
    }
    return ref.build();
  }

  /**
   * The person of the last statement in the pronoun's paragraph before draft {@code index} whose
   * speaker is known to agree with {@code sex}, or null.
   */
  private String agreeing(int index, String sex) {
    int paragraph = text.lastIndexOf('\n', drafts.get(index).speaker.start()) + 1;
    for (int k = index - 1; k >= 0 && drafts.get(k).end >= paragraph; k--) {
      EntityRef speaker = drafts.get(k).speaker;
      String id = speaker == null ? null : speaker.entityId().orElse(null);
      if (id != null && sex.equals(sexOf(id))) {
        return id;
      }
    }
    return null;
  }

  /**
   * The last person who is the topic of a sentence between characters {@code from} and {@code to},
   * outside quoted words, named (not by a pronoun) and agreeing with {@code sex}: the first person
   * named in the sentence, or with {@code opening} only one with no lower-case word before it
   * ("Later Ortega spoke", not "His son Mateo helps"); or null.
   */
  private String topic(int from, int to, String sex, boolean opening) {
    String topic = null;
    int lastSentence = -1;
    for (int k = persons.firstFrom(from); k < persons.size() && persons.start(k) < to; k++) {
      int sentence = layers.sentenceOf(persons.start(k));
      if (sentence == lastSentence || pronoun(k) || insideQuote(persons.start(k))) {
        continue;
      }
      lastSentence = sentence; // only the first person named in each sentence
      int sentenceStart = Math.max(from, layers.sentences().start(Math.max(0, sentence)));
      boolean opens = noLowerCaseWord(sentenceStart, persons.start(k));
      if ((!opening || opens) && agrees(persons.id(k), sex)) {
        topic = persons.id(k);
      }
    }
    return topic;
  }

  /** Whether no word of characters {@code [from, to)} starts in lower case. */
  private boolean noLowerCaseWord(int from, int to) {
    for (int i = from; i < to; i++) {
      boolean wordStart = i == from || !Character.isLetter(text.charAt(i - 1));
      if (wordStart && Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether person mention {@code k} is a pronoun ("he", "her"). */
  private boolean pronoun(int k) {
    String word = text.substring(persons.start(k), persons.end(k)).toLowerCase(Locale.ROOT);
    return pronounSexes.containsKey(word) || pronouns.contains(word);
  }

  /** Whether person {@code id} is named (not by a pronoun) outside quoted words before offset. */
  private boolean namedOutsideQuotes(String id, int before) {
    for (int k = 0; k < persons.size() && persons.start(k) < before; k++) {
      if (persons.id(k).equals(id) && !pronoun(k) && !insideQuote(persons.start(k))) {
        return true;
      }
    }
    return false;
  }

  private boolean insideQuote(int offset) {
    // the drafts are sorted by start and barely overlap: look at those starting just before
    int low = 0;
    int high = drafts.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (drafts.get(mid).start <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    for (int k = low - 1; k >= 0 && k >= low - 3; k--) {
      QuoteDraft draft = drafts.get(k);
      if (draft.kind != QuoteKind.INDIRECT && offset < draft.end) {
        return true;
      }
    }
    return false;
  }

  /** The sex person {@code id}'s pronoun mentions tell, or null. */
  private String sexOf(String id) {
    agrees(id, "");
    return sexes.get(id);
  }

  /** Whether person {@code id} may be called by a pronoun of {@code sex}. */
  private boolean agrees(String id, String sex) {
    if (sexes == null) {
      sexes = new HashMap<>();
      personIds = new HashSet<>();
      for (int k = 0; k < persons.size(); k++) {
        personIds.add(persons.id(k));
        String told =
            pronounSexes.get(
                text.substring(persons.start(k), persons.end(k)).toLowerCase(Locale.ROOT));
        if (told != null) {
          sexes.merge(persons.id(k), told, (a, b) -> a.equals(b) ? a : "");
        }
      }
    }
    String known = sexes.get(id);
    // an organization speaks through no personal pronoun
    return known == null ? personIds.contains(id) : known.equals(sex);
  }

  private int paragraphBreaks(int from, int to) {
    int breaks = 0;
    for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
      if (i == from || text.charAt(i - 1) != '\n') {
        breaks++;
      }
    }
    return breaks;
  }

  private static String lower(EntityRef ref) {
    return ref.text().toLowerCase(Locale.ROOT);
  }
}
