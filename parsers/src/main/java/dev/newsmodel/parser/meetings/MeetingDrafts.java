package dev.newsmodel.parser.meetings;

import dev.newsmodel.model.Meeting;
import dev.newsmodel.model.MeetingStatus;
import dev.newsmodel.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The meetings of a document while its sentences are read: one draft per mention, the drafts of a
 * sentence that another of it holds dropped, and at the end the mentions of one meeting merged.
 */
final class MeetingDrafts {
  private MeetingDrafts() {}

  /** Within one sentence, a meeting whose participants all meet in another is that one. */
  static void dropSubsets(List<MeetingDraft> drafts, int from) {
    for (int k = drafts.size() - 1; k >= from; k--) {
      Set<String> ids = drafts.get(k).participants;
      for (int j = from; j < drafts.size(); j++) {
        Set<String> other = drafts.get(j).participants;
        if (j != k && other.size() > ids.size() && other.containsAll(ids)) {
          drafts.remove(k);
          break;
        }
      }
    }
  }

  static boolean subsumed(Set<Set<String>> seen, Set<String> ids) {
    for (Set<String> other : seen) {
      if (other != ids && other.size() > ids.size() && other.containsAll(ids)) {
        return true;
      }
    }
    return false;
  }

  /** Mentions with the same participants and status are one meeting. */
  static List<Meeting> merge(List<MeetingDraft> drafts) {
    List<MeetingDraft> merged = new ArrayList<>();
    for (MeetingDraft draft : drafts) {
      MeetingDraft same = null;
      for (MeetingDraft other : merged) {
        if (other.participants.equals(draft.participants) && other.status == draft.status) {
          same = other;
        }
      }
      if (same == null && !draft.participants.isEmpty()) {
        // "… after the meeting" naming one side only: the latest meeting that side took part in.
        for (MeetingDraft other : merged) {
          if (other.status == draft.status
              && other.participants.size() > draft.participants.size()
              && other.participants.containsAll(draft.participants)) {
            same = other;
          }
        }
      }
      if (same == null) {
        merged.add(draft);
      } else {
        same.evidence.addAll(draft.evidence);
        same.place = same.place.or(() -> draft.place);
        same.time = same.time.or(() -> draft.time);
        same.date = same.date.or(() -> draft.date);
      }
    }
    List<Meeting> meetings = new ArrayList<>();
    for (MeetingDraft draft : merged) {
      meetings.add(
          Meeting.builder()
              .id("m" + (meetings.size() + 1))
              .participants(draft.participants)
              .place(draft.place)
              .time(draft.time)
              .date(draft.date)
              .status(draft.status)
              .evidence(dedupe(draft.evidence))
              .build());
    }
    return meetings;
  }

  private static List<Span> dedupe(List<Span> spans) {
    return new ArrayList<>(new LinkedHashSet<>(spans));
  }

  static final class MeetingDraft {
    final Set<String> participants;
    final MeetingStatus status;
    final List<Span> evidence = new ArrayList<>();
    Optional<Span> place = Optional.empty();
    Optional<Span> time = Optional.empty();
    Optional<LocalDate> date = Optional.empty();

    MeetingDraft(Set<String> participants, MeetingStatus status) {
      this.participants = participants;
      this.status = status;
    }
  }
}
