package dev.newsmodel.parser.meetings;

import dev.newsmodel.parser.doc.MentionIndex;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Gazetteer;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.ArrayList;
import java.util.List;

/**
 * The sides a sentence names, in text order: the persons the persons stage found and the countries
 * named as sides ("Peru and Chile resumed talks"), not those named as where ("in Oslo", "the Geneva
 * talks") or qualifying a name ("Kenya Airways"). The gazetteer stands in for a recognizer of
 * places here.
 */
final class NamedSides {
  private final MeetingWords words;
  private final FrameWords frames;
  private final Gazetteer gazetteer;

  NamedSides(MeetingWords words, FrameWords frames, Gazetteer gazetteer) {
    this.words = words;
    this.frames = frames;
    this.gazetteer = gazetteer;
  }

  /** The persons and countries named in tokens {@code [first, end)}, in text order. */
  List<Sides.Side> named(String text, Tokens tokens, MentionIndex personAt, int first, int end) {
    List<Sides.Side> found = new ArrayList<>();
    boolean located = false; // "from Ghana and Togo": the second is a location too
    int from = tokens.start(first);
    int to = tokens.end(end - 1);
    int k = personAt.firstFrom(from);
    for (int i = first; i < end; i++) {
      int offset = tokens.start(i);
      while (k < personAt.size() && personAt.start(k) < offset) {
        k++;
      }
      if (k < personAt.size() && personAt.start(k) == offset && offset < to) {
        found.add(new Sides.Side(offset, personAt.id(k), null));
        continue;
      }
      int places = country(tokens, personAt, first, end, i);
      if (places < 0) {
        located = true;
        i += -places - 1;
        continue;
      }
      if (places == 0) {
        // "from Norway and the four partner states - Chile, Peru": where the group comes from,
        // up to the meeting word
        located &= !WordList.has(words.openers, tokens, i);
        continue;
      }
      if (located) {
        i += places - 1; // "from Ghana and Togo"
        continue;
      }
      {
        found.add(new Sides.Side(offset, null, text.substring(offset, tokens.end(i + places - 1))));
        i += places - 1;
      }
    }
    return found;
  }

  /**
   * The number of tokens of the country named as a side at {@code i} (one or two), minus that
   * number for a place named as a location, or 0: a known place, capitalised, inside no person's
   * name, not after a word of location ("in Oslo") and not qualifying a name or noun after it
   * ("Kenya Airways", "Iran's envoy").
   */
  private int country(Tokens tokens, MentionIndex personAt, int first, int end, int i) {
    if (tokens.kind(i) != Tokens.WORD || !Character.isUpperCase(tokens.firstChar(i))) {
      return 0;
    }
    int length;
    if (i + 1 < end && gazetteer.hasPlace(tokens.text(i), tokens.text(i + 1))) {
      length = 2;
    } else if (gazetteer.hasPlace(tokens.text(i))) {
      length = 1;
    } else {
      return 0;
    }
    if (Sides.inPerson(personAt, tokens.start(i))) {
      return 0;
    }
    if (i > first && WordList.has(frames.locationWords, tokens, i - 1)
        || i > first + 1
            && tokens.kind(i - 1) == Tokens.PUNCT
            && gazetteer.hasPlace(tokens.text(i - 2))
            && !(i + length < end && tokens.is(i + length, words.andWord))) {
      return -length; // "in Oslo", "Warsaw, Poland": where, not who
    }
    int after = i + length;
    if (after < end && WordList.has(words.nouns, tokens, after)
        || after + 1 < end
            && WordList.has(words.nouns, tokens, after + 1)
            && Character.isLowerCase(tokens.firstChar(after))
            && !WordList.has(words.verbs, tokens, after)
            && !WordList.has(frames.anchors, tokens, after)
            && !WordList.has(frames.subjectSkips, tokens, after)) {
      return -length; // "the Geneva peace talks", "the Brussels summit": where
    }
    if (after < end
        && (tokens.kind(after) != Tokens.WORD
            ? tokens.text(after).startsWith("'") || tokens.text(after).startsWith("\u2019")
            : Character.isUpperCase(tokens.firstChar(after))
                || tokens.text(after).startsWith("'")
                || WordList.has(words.groupNouns, tokens, after)
                || WordList.has(frames.personNouns, tokens, after))) {
      return 0;
    }
    return length;
  }
}
