package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeetingWordsTest {
  private final Language language = Language.english();
  private final MeetingWords words = new MeetingWords(language);

  @Test
  void everyListLoadsAndIsNotEmpty() {
    for (Set<String> list :
        List.of(
            words.verbs,
            words.nouns,
            words.negatives,
            words.calls,
            words.planned,
            words.cancelled,
            words.needsPersonObject,
            words.farSubjectVerbs,
            words.meetingDeterminers,
            words.talksVerbFollowers,
            words.sit,
            words.walk,
            words.handshakes,
            words.openers,
            words.groupNouns,
            words.groupLinks,
            words.groupStops,
            words.placePrepositions,
            words.placeStops,
            words.relativePhraseStarts)) {
      assertThat(list).isNotEmpty();
    }
    assertThat(words.relativeDays).isNotEmpty();
    assertThat(words.relativePhrases).isNotEmpty();
    assertThat(words.relativePhraseDays).isNotEmpty();
  }

  @Test
  void knowsTheWordsOfMeetings() {
    assertThat(words.verbs).contains("met", "hosted", "convenes");
    assertThat(words.nouns).contains("meeting", "talks", "tete-a-tete");
    assertThat(words.negatives).contains("phone", "videoconference", "texted");
    assertThat(words.cancelled).contains("postponed", words.callOffParticle);
    assertThat(words.groupNouns).contains("ambassadors", "counterparts");
    assertThat(words.callQualifier).isEqualTo("conference");
    assertThat(words.sitPhrase).containsExactly("down", "with");
    assertThat(words.walkPhrase).containsExactly("with");
  }

  @Test
  void derivesThePlanWordsAndTheOpeners() {
    // The plan words shared with the persons stage, and the meetings stage's own.
    assertThat(words.planned).contains("will", "scheduled", "set", "shall", "upcoming");
    assertThat(words.planned)
        .containsAll(language.words("meetings/planned-auxiliaries"))
        .containsAll(language.words("meetings/plans"))
        .hasSize(17);
    assertThat(words.openers)
        .containsAll(words.verbs)
        .containsAll(words.nouns)
        .containsAll(words.sit)
        .containsAll(words.walk)
        .contains(words.handshakeNoun)
        .doesNotContain("shook");
    assertThat(language.wordTags().count()).isGreaterThanOrEqualTo(1);
    assertThat(language.tagged("meetings/triggers", Set.of())).isSameAs(words.openers);
  }

  @Test
  void placeStopsHoldTheWeekdaysAndMonths() {
    assertThat(words.placeStops).contains("during", "tomorrow", "monday", "december", "may");
  }

  @Test
  void relativeTimesNameTheirDays() {
    assertThat(words.relativeDays)
        .containsEntry("yesterday", -1)
        .containsEntry("tonight", 0)
        .containsEntry("tomorrow", 1);
    assertThat(words.relativePhraseDays)
        .containsEntry("later in the day", 0)
        .doesNotContainKey("later in the week");
    assertThat(words.calendar.weekday("friday")).isEqualTo(DayOfWeek.FRIDAY);
  }

  @Test
  void timesResolveAsBefore() {
    Times times = new Times(words);
    Optional<LocalDate> thursday = Optional.of(LocalDate.of(2023, 6, 22));
    assertThat(times.resolve("yesterday", thursday)).contains(LocalDate.of(2023, 6, 21));
    assertThat(times.resolve("Later in the day", thursday)).contains(LocalDate.of(2023, 6, 22));
    assertThat(times.resolve("earlier in the week", thursday)).isEmpty();
    assertThat(times.resolve("on Monday", thursday)).contains(LocalDate.of(2023, 6, 19));
    assertThat(times.resolve("Thursday", thursday)).contains(LocalDate.of(2023, 6, 22));
    assertThat(times.resolve("today", Optional.empty())).isEmpty();
  }
}
