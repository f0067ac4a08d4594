package dev.newsmodel.parser.meetings;

import dev.newsmodel.parser.doc.MentionIndex;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Gazetteer;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * Registers the side a meeting word's object or complement names when it is no person the persons
 * stage found: a group ("tribal elders") or a name it missed ("Besigye"), as a new organization. A
 * person, a pronoun, a place, or a title of a person named after it is not registered.
 */
final class SideRegistrar {
  /** How many words after a title its person's name may stand: "Prime Minister of New Zealand". */
  private static final int TITLE_REACH = 5;

  private final MeetingWords words;
  private final FrameWords frameWords;
  private final Gazetteer gazetteer;

  SideRegistrar(MeetingWords words, FrameWords frameWords, Gazetteer gazetteer) {
    this.words = words;
    this.frameWords = frameWords;
    this.gazetteer = gazetteer;
  }

  /**
   * The id of the side {@code found} names when it is no person named: a group ("tribal elders") or
   * a name the persons stage did not take ("Besigye"); null for a person or a country.
   */
  String register(
      String text,
      Tokens tokens,
      MentionIndex personAt,
      Delegations delegations,
      Sides.Found found) {
    if (found.from() == found.to() && personAt.idAt(tokens.start(found.from())) != null
        || found.from() == found.to()
            && WordList.has(frameWords.objectPronouns, tokens, found.from())
        || found.from() == found.to() && gazetteer.hasPlace(tokens.text(found.from()))) {
      return null;
    }
    int after = found.to() + 1;
    if (after + 1 < tokens.size()
        && tokens.kind(after) == Tokens.PUNCT
        && personAt.idAt(tokens.start(after + 1)) != null) {
      return null; // "the mayor, Lena Holt": a person named in apposition
    }
    for (int k = found.to() + 1; k < tokens.size() && k <= found.to() + TITLE_REACH; k++) {
      if (personAt.idAt(tokens.start(k)) != null) {
        return null; // "Secretary of State John Kerry": the title of a person named
      }
      if (tokens.kind(k) != Tokens.WORD
          || !Character.isUpperCase(tokens.firstChar(k)) && !tokens.is(k, words.ofWord)) {
        break;
      }
    }
    return delegations.register(text, tokens.start(found.from()), tokens.end(found.to()));
  }
}
