package dev.newsmodel.parser.meetings;

import dev.newsmodel.parser.doc.MentionIndex;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.List;

/**
 * The participants of a meeting reported by a noun ("the meeting between A and B", "during their
 * talks"): everyone named in the sentence and the side its complement names; none when the noun is
 * no meeting that takes place.
 */
final class NounMeetings {
  /** How many words after a meeting noun's complement a country it names may stand. */
  private static final int COUNTRY_REACH = 4;

  /** How many words after a meeting noun its "with" may stand. */
  private static final int COMPLEMENT_REACH = 8;

  private final MeetingWords words;
  private final FrameWords frameWords;
  private final Frames frames;
  private final VerbObjects objects;
  private final SideRegistrar registrar;

  NounMeetings(SideRules rules) {
    this.words = rules.words();
    this.frameWords = rules.frameWords();
    this.frames = rules.frames();
    this.objects = rules.objects();
    this.registrar = rules.registrar();
  }

  /**
   * The sides of the meeting noun at {@code noun}: everyone named in the sentence and the side its
   * complement names ("talks with union leaders"); none when the noun is no meeting that takes
   * place (talks named as background, a speech to a meeting, "the meeting room").
   */
  List<List<String>> participants(MeetingSentence sentence, int noun) {
    String text = sentence.text();
    Tokens tokens = sentence.tokens();
    MentionIndex personAt = sentence.personAt();
    List<Sides.Side> named = sentence.named();
    Delegations delegations = sentence.delegations();
    int first = sentence.first();
    int end = sentence.end();
    if (frames.notOwnMeeting(tokens, personAt, first, noun, Sides.persons(named))
        || frames.crowd(tokens, first, end, noun)) {
      return List.of();
    }
    Sides.Found complement = complement(tokens, personAt, noun, end);
    int anchor = frames.anchor(tokens, first, noun, Sides.persons(named));
    if (complement == null && anchor < 0 && !tokens.lower(noun).equals(words.handshakeNoun)) {
      return List.of(); // "a better climate for peace talks"
    }
    if (anchor >= 0 && frames.notFact(tokens, first, end, anchor)) {
      return List.of(); // "will try to convene a summit"
    }
    // Countries before the noun or in its complement ("Peru and Chile resumed talks", "talks
    // between Kenya and Ethiopia"), not one named in another clause after it.
    int reach =
        tokens.end(complement == null ? noun : Math.min(end - 1, complement.to() + COUNTRY_REACH));
    List<String> ids =
        Sides.idsOf(
            named.stream().filter(side -> side.id() != null || side.start() < reach).toList());
    String other =
        complement == null
            ? null
            : registrar.register(text, tokens, personAt, delegations, complement);
    if (other != null && !ids.contains(other)) {
      ids.add(other);
    }
    if (ids.isEmpty()) {
      // "an emergency meeting between militia commanders": a delegation around the noun;
      // a body meeting with nobody named is no meeting.
      String group = delegations.findAround(text, tokens, first, end);
      if (group == null && Frames.before(tokens, first, noun, frameWords.possessives) >= 0) {
        // "at their meeting, the twelve-nation group": the body the possessive names
        group = delegations.findAround(text, tokens, noun, end, frameWords.bodies);
      }
      return group == null ? List.of() : List.of(List.of(group));
    }
    return List.of(ids);
  }

  /**
   * The side a meeting noun's complement names: "of" right after it, or "with", "between", "among"
   * a few words on ("a meeting at the White House Wednesday with leaders").
   */
  Sides.Found complement(Tokens tokens, MentionIndex personAt, int noun, int end) {
    int link = noun + 1;
    boolean of = link < end && tokens.is(link, words.ofWord);
    while (!of
        && link < Math.min(end, noun + COMPLEMENT_REACH)
        && tokens.kind(link) == Tokens.WORD
        && !WordList.hasText(words.groupLinks, tokens, link)) {
      link++;
    }
    if (link >= end
        || tokens.kind(link) != Tokens.WORD
        || !of && !WordList.hasText(words.groupLinks, tokens, link)) {
      return null;
    }
    Sides.Found found = objects.object(tokens, personAt, of ? link : link - 1, end, false, true);
    if (found.kind() != Sides.Kind.SIDE
        || of
            && personAt.idAt(tokens.start(found.to())) == null
            && !objects.isSideNoun(tokens, found.to())) {
      return null; // "a meeting of the port commission": a body convening
    }
    return found;
  }
}
