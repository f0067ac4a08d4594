package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Meeting;
import dev.newsmodel.model.MeetingStatus;
import dev.newsmodel.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeetingDraftsTest {
  private static MeetingDrafts.MeetingDraft draft(MeetingStatus status, String... ids) {
    return new MeetingDrafts.MeetingDraft(new LinkedHashSet<>(List.of(ids)), status);
  }

  @Test
  void withinASentenceADraftAnotherHoldsIsDroppedButNotBeforeTheSentence() {
    List<MeetingDrafts.MeetingDraft> drafts = new ArrayList<>();
    drafts.add(draft(MeetingStatus.HELD, "p1")); // an earlier sentence
    drafts.add(draft(MeetingStatus.HELD, "p1"));
    drafts.add(draft(MeetingStatus.HELD, "p1", "p2"));

    MeetingDrafts.dropSubsets(drafts, 1);

    assertThat(drafts)
        .extracting(d -> d.participants)
        .containsExactly(Set.of("p1"), Set.of("p1", "p2"));
  }

  @Test
  void aSetOfIdsIsSubsumedOnlyByALargerOneHoldingIt() {
    Set<Set<String>> seen = Set.of(Set.of("p1", "p2"));
    assertThat(MeetingDrafts.subsumed(seen, Set.of("p1"))).isTrue();
    assertThat(MeetingDrafts.subsumed(seen, Set.of("p3"))).isFalse();
    assertThat(MeetingDrafts.subsumed(seen, Set.of("p1", "p2"))).isFalse();
  }

  @Test
  void mentionsWithTheSameParticipantsAndStatusMergeKeepingTheFirstPlace() {
    MeetingDrafts.MeetingDraft first = draft(MeetingStatus.HELD, "p1", "p2");
    first.evidence.add(Span.of("Pelt met Brandt.", 0));
    MeetingDrafts.MeetingDraft again = draft(MeetingStatus.HELD, "p2", "p1");
    again.evidence.add(Span.of("Their meeting was in Tromso.", 17));
    again.place = Optional.of(Span.of("Tromso", 38));
    MeetingDrafts.MeetingDraft planned = draft(MeetingStatus.PLANNED, "p1", "p2");

    List<Meeting> meetings = MeetingDrafts.merge(List.of(first, again, planned));

    assertThat(meetings).extracting(Meeting::id).containsExactly("m1", "m2");
    assertThat(meetings.get(0).evidence()).hasSize(2);
    assertThat(meetings.get(0).place().map(Span::text)).contains("Tromso");
    assertThat(meetings.get(1).status()).isEqualTo(MeetingStatus.PLANNED);
  }

  @Test
  void aMentionNamingOneSideJoinsTheLatestMeetingThatSideHad() {
    MeetingDrafts.MeetingDraft one = draft(MeetingStatus.HELD, "p1", "p2");
    MeetingDrafts.MeetingDraft other = draft(MeetingStatus.HELD, "p1", "p3");
    MeetingDrafts.MeetingDraft after = draft(MeetingStatus.HELD, "p1");
    after.evidence.add(Span.of("After the meeting, Pelt left.", 40));

    List<Meeting> meetings = MeetingDrafts.merge(List.of(one, other, after));

    assertThat(meetings).hasSize(2);
    assertThat(meetings.get(0).evidence()).isEmpty();
    assertThat(meetings.get(1).evidence())
        .extracting(Span::text)
        .containsExactly("After the meeting, Pelt left.");
  }

  @Test
  void theSameEvidenceTwiceIsKeptOnce() {
    MeetingDrafts.MeetingDraft first = draft(MeetingStatus.HELD, "p1", "p2");
    first.evidence.add(Span.of("Pelt met Brandt and Brandt met Pelt.", 0));
    MeetingDrafts.MeetingDraft same = draft(MeetingStatus.HELD, "p1", "p2");
    same.evidence.add(Span.of("Pelt met Brandt and Brandt met Pelt.", 0));

    assertThat(MeetingDrafts.merge(List.of(first, same)).get(0).evidence()).hasSize(1);
  }
}
