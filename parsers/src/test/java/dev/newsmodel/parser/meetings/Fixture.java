package dev.newsmodel.parser.meetings;

import dev.newsmodel.model.Mention;
import dev.newsmodel.model.MentionKind;
import dev.newsmodel.model.Person;
import dev.newsmodel.parser.doc.EntityRegistry;
import dev.newsmodel.parser.doc.MentionIndex;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Gazetteer;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.tokens.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * One invented sentence for the unit tests of the package: its tokens and the persons named in it
 * as the persons stage would give them (every occurrence of each name given, ids p1, p2, ...).
 */
final class Fixture {
  static final Language LANGUAGE = Language.english();
  static final MeetingWords WORDS = new MeetingWords(LANGUAGE);
  static final FrameWords FRAME_WORDS = new FrameWords(LANGUAGE, WORDS);
  static final Gazetteer GAZETTEER = Gazetteer.of(LANGUAGE);
  static final SideRules SIDE_RULES =
      new SideRules(
          WORDS,
          FRAME_WORDS,
          new Frames(FRAME_WORDS, WORDS.pastSuffix),
          new VerbObjects(WORDS, FRAME_WORDS, GAZETTEER),
          new SideRegistrar(WORDS, FRAME_WORDS, GAZETTEER));
  private static final NamedSides NAMED_SIDES = new NamedSides(WORDS, FRAME_WORDS, GAZETTEER);
  private static final Tokenizer TOKENIZER = new Tokenizer(LANGUAGE);

  final String text;
  final Tokens tokens;
  final EntityRegistry entities;

  private Fixture(String text, EntityRegistry entities) {
    this.text = text;
    this.tokens = TOKENIZER.tokenize(text);
    this.entities = entities;
  }

  /** {@code text} with the persons {@code names}, in that order of ids. */
  static Fixture of(String text, String... names) {
    List<Person> persons = new ArrayList<>();
    for (String name : names) {
      Person.Builder person = Person.builder().id("p" + (persons.size() + 1)).name(name);
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        person.addMentions(Mention.of(name, at, MentionKind.NAME));
      }
      persons.add(person.build());
    }
    return new Fixture(text, new EntityRegistry(persons));
  }

  MentionIndex personAt() {
    return entities.personMentions();
  }

  /** The index of the token that starts where {@code word} first occurs. */
  int at(String word) {
    int offset = text.indexOf(word);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.start(i) == offset) {
        return i;
      }
    }
    throw new AssertionError("no token at " + word);
  }

  /** The whole text as one sentence, with the sides it names and no delegation yet. */
  MeetingSentence sentence() {
    return new MeetingSentence(
        text,
        tokens,
        personAt(),
        NAMED_SIDES.named(text, tokens, personAt(), 0, end()),
        new Delegations(entities, WORDS),
        0,
        end());
  }

  int end() {
    return tokens.size();
  }

  /** The text of tokens {@code [from, to]}. */
  String text(int from, int to) {
    return text.substring(tokens.start(from), tokens.end(to));
  }
}
