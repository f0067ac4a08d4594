package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.MeetingStatus;
import org.junit.jupiter.api.Test;

class StatusesTest {
  private final Statuses statuses = new Statuses(Fixture.WORDS);

  private MeetingStatus status(String text, String trigger, boolean noun) {
    Fixture f = Fixture.of(text);
    return statuses.of(f.tokens, 0, f.end(), f.at(trigger), noun);
  }

  @Test
  void aMeetingReportedIsHeld() {
    assertThat(status("The envoy met the mayor.", "met", false)).isEqualTo(MeetingStatus.HELD);
    assertThat(status("The envoy returned to talks.", "talks", true)).isEqualTo(MeetingStatus.HELD);
  }

  @Test
  void aMeetingAheadIsPlanned() {
    assertThat(status("The envoy will meet the mayor.", "meet", false))
        .isEqualTo(MeetingStatus.PLANNED);
    assertThat(status("A meeting with the mayor is scheduled for Tuesday.", "meeting", true))
        .isEqualTo(MeetingStatus.PLANNED);
  }

  @Test
  void aMeetingCalledOffOrPostponedIsCancelled() {
    assertThat(status("The envoy called off his meeting with the mayor.", "meeting", true))
        .isEqualTo(MeetingStatus.CANCELLED);
    assertThat(status("The meeting with the mayor was postponed.", "meeting", true))
        .isEqualTo(MeetingStatus.CANCELLED);
  }
}
