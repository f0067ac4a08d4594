package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrameWordsTest {
  private final FrameWords words = Fixture.FRAME_WORDS;

  @Test
  void everyListLoadsAndIsNotEmpty() {
    for (Set<String> list :
        List.of(
            words.negators,
            words.hopes,
            words.conditions,
            words.modals,
            words.routines,
            words.presentVerbs,
            words.games,
            words.press,
            words.events,
            words.speech,
            words.compoundHeads,
            words.anchors,
            words.bodies,
            words.hospitality,
            words.imperatives,
            words.personNouns,
            words.greetings,
            words.locationWords,
            words.objectStops,
            words.possessives,
            words.objectPronouns,
            words.subjectSkips,
            words.subjectPronouns,
            words.collectives,
            words.determiners,
            words.timeWords,
            words.temporal,
            words.hospitalityLinks,
            words.placeVerbs,
            words.definites,
            words.placePrepositions,
            words.readerWords,
            words.nounVerbs,
            words.verbContexts)) {
      assertThat(list).isNotEmpty();
    }
  }

  @Test
  void knowsTheWordsOfFrames() {
    assertThat(words.negators).contains("not", "never");
    assertThat(words.bodies).contains("cabinet", "committee");
    assertThat(words.locationWords).contains("in", "from");
    assertThat(words.readerWords).contains("you", "your");
    assertThat(words.press).contains("reporters");
  }

  @Test
  void theGreetingsHoldTheHandshakeNounAndTheVerbsOfGreeting() {
    assertThat(words.greetings).contains(Fixture.WORDS.handshakeNoun);
    assertThat(words.greetings).containsAll(Fixture.WORDS.greetings);
  }
}
