package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Span;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimesTest {
  private static final Optional<LocalDate> THURSDAY = Optional.of(LocalDate.of(2026, 3, 12));
  private final Times times = new Times(Fixture.WORDS);

  private Optional<String> time(String sentence) {
    Fixture f = Fixture.of(sentence);
    return times.find(f.text, f.tokens, 0, f.end()).map(Span::text);
  }

  @Test
  void relativeDaysWeekdaysAndPhrases() {
    assertThat(time("The ministers met yesterday in the capital.")).contains("yesterday");
    assertThat(time("They will meet on Monday.")).contains("on Monday");
    assertThat(time("They met Friday.")).contains("Friday");
    assertThat(time("The two met later in the day.")).contains("later in the day");
  }

  @Test
  void aPossessiveDayNamesNoTime() {
    assertThat(time("Today's talks were held in private.")).isEmpty();
    assertThat(time("The envoys met in private.")).isEmpty();
  }

  @Test
  void resolvedAgainstThePublishedDate() {
    assertThat(times.resolve("yesterday", THURSDAY)).contains(LocalDate.of(2026, 3, 11));
    assertThat(times.resolve("on Monday", THURSDAY)).contains(LocalDate.of(2026, 3, 9));
    assertThat(times.resolve("Thursday", THURSDAY)).contains(LocalDate.of(2026, 3, 12));
    assertThat(times.resolve("later in the day", THURSDAY)).contains(LocalDate.of(2026, 3, 12));
  }

  @Test
  void nothingResolvedWithoutADateOrForAPeriod() {
    assertThat(times.resolve("yesterday", Optional.empty())).isEmpty();
    assertThat(times.resolve("later in the week", THURSDAY)).isEmpty();
  }
}
