package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TriggersTest {
  private final Triggers triggers = new Triggers(Fixture.WORDS);

  @Test
  void theFirstWordThatCanOpenAMeeting() {
    Fixture f = Fixture.of("On Friday the envoy met the mayor.");
    Fixture none = Fixture.of("On Friday the envoy left the city.");
    assertThat(triggers.firstOpener(f.tokens, 0, f.end())).isEqualTo(f.at("met"));
    assertThat(triggers.firstOpener(none.tokens, 0, none.end())).isEqualTo(-1);
  }

  @Test
  void aCallOrALetterNearTheWordIsNoMeeting() {
    Fixture phone = Fixture.of("The envoy spoke to the mayor by phone.");
    Fixture conference = Fixture.of("The envoy joined a conference call with the mayor.");
    Fixture calledOn = Fixture.of("The envoy called on the mayor to resign.");
    assertThat(triggers.hasNegative(phone.tokens, 0, phone.end())).isTrue();
    assertThat(triggers.hasNegative(conference.tokens, 0, conference.end())).isTrue();
    assertThat(triggers.hasNegative(calledOn.tokens, 0, calledOn.end())).isFalse();
  }

  @Test
  void aPhrasalVerbNeedsItsParticles() {
    Fixture sat = Fixture.of("The envoy sat down with the mayor.");
    Fixture seated = Fixture.of("The envoy sat down at last.");
    assertThat(triggers.isPhrasal(sat.tokens, sat.at("sat"))).isTrue();
    assertThat(triggers.isPhrasal(seated.tokens, seated.at("sat"))).isFalse();
  }
}
