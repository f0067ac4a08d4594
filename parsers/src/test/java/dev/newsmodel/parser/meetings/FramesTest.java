package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FramesTest {
  private final Frames frames = new Frames(Fixture.FRAME_WORDS, Fixture.WORDS.pastSuffix);

  private boolean notFact(String text, String trigger) {
    Fixture f = Fixture.of(text);
    return frames.notFact(f.tokens, 0, f.end(), f.at(trigger));
  }

  @Test
  void aNegatedHopedOrConditionalMeetingIsNoFact() {
    assertThat(notFact("Mara Pelt did not meet the envoy.", "meet")).isTrue();
    assertThat(notFact("Mara Pelt hopes to meet the envoy.", "meet")).isTrue();
    assertThat(notFact("Mara Pelt would meet the envoy if the shelling stopped.", "meet")).isTrue();
    assertThat(notFact("Meet the team behind the bakery.", "Meet")).isTrue();
  }

  @Test
  void aMeetingReportedAsSuchIsAFact() {
    assertThat(notFact("Mara Pelt met the envoy on Tuesday.", "met")).isFalse();
    assertThat(notFact("Mara Pelt will meet the envoy on Tuesday.", "meet")).isFalse();
  }

  @Test
  void teamsMeetInAGameAndAGreetingOfACrowdIsNoMeeting() {
    Fixture game = Fixture.of("The two clubs meet in the final on Sunday.");
    Fixture talks = Fixture.of("The two ministers meet in the capital on Sunday.");
    assertThat(frames.game(game.tokens, 0, game.end())).isTrue();
    assertThat(frames.game(talks.tokens, 0, talks.end())).isFalse();

    Fixture rally = Fixture.of("Mara Pelt greeted supporters at a rally.");
    Fixture guest = Fixture.of("Mara Pelt greeted the envoy at the airport.");
    assertThat(frames.crowd(rally.tokens, 0, rally.end(), rally.at("greeted"))).isTrue();
    assertThat(frames.crowd(guest.tokens, 0, guest.end(), guest.at("greeted"))).isFalse();
  }

  @Test
  void aMeetingNounAsAModifierIsNoMeetingOfItsOwn() {
    Fixture notes = Fixture.of("Staff filed the meeting notes.");
    Fixture held =
        Fixture.of("Mara Pelt and Ivo Brandt held a meeting.", "Mara Pelt", "Ivo Brandt");
    assertThat(frames.notOwnMeeting(notes.tokens, notes.personAt(), 0, notes.at("meeting"), 0))
        .isTrue();
    assertThat(frames.notOwnMeeting(held.tokens, held.personAt(), 0, held.at("meeting"), 2))
        .isFalse();
  }

  @Test
  void aWordOfHoldingAnchorsANounUnlessAnotherVerbStandsBetween() {
    Fixture held = Fixture.of("Mara Pelt held talks with the envoy.");
    Fixture blessed = Fixture.of("Mara Pelt had blessed the talks.");
    assertThat(frames.anchor(held.tokens, 0, held.at("talks"), 1)).isEqualTo(held.at("held"));
    assertThat(frames.anchor(blessed.tokens, 0, blessed.at("talks"), 1)).isEqualTo(-1);
  }

  @Test
  void aVerbThatIsANounTooIsANounAfterAnotherNoun() {
    Fixture noun = Fixture.of("The radio host praised the mayor.");
    Fixture verb = Fixture.of("The mayor will host the envoy.");
    assertThat(frames.nounNotVerb(noun.tokens, noun.personAt(), 0, noun.at("host"))).isTrue();
    assertThat(frames.nounNotVerb(verb.tokens, verb.personAt(), 0, verb.at("host"))).isFalse();
  }

  @Test
  void aWordBeforeIsFoundAcrossAHyphenButNotAcrossAComma() {
    Fixture hyphen = Fixture.of("They held a two-hour meeting.");
    Fixture comma = Fixture.of("They held, once more, a meeting.");
    assertThat(
            Frames.before(hyphen.tokens, 0, hyphen.at("meeting"), Fixture.FRAME_WORDS.anchors, 7))
        .isEqualTo(hyphen.at("held"));
    assertThat(Frames.before(comma.tokens, 0, comma.at("meeting"), Fixture.FRAME_WORDS.anchors, 7))
        .isEqualTo(-1);
    Fixture dash = Fixture.of("The talks - at last - began.");
    assertThat(Frames.isHyphen(dash.tokens, dash.at("-"))).isTrue();
    assertThat(Frames.isHyphen(dash.tokens, dash.at("talks"))).isFalse();
    assertThat(Frames.anyIn(hyphen.tokens, 0, hyphen.end(), Fixture.FRAME_WORDS.anchors)).isTrue();
    assertThat(
            Frames.anyIn(comma.tokens, comma.at("once"), comma.end(), Fixture.FRAME_WORDS.anchors))
        .isFalse();
  }
}
