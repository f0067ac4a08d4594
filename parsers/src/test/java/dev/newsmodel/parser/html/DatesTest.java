package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
  private static final Dates DATES = new Dates(new HtmlWords(Language.english()).dateLines);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-12-17T10:00:00.000Z | 2023-12-17T10:00:00Z",
        "2023-12-17T10:00:00+0100 | 2023-12-17T10:00:00+01:00",
        "2023-12-17 10:00:00 | 2023-12-17T10:00:00",
        "2023-12-17 | 2023-12-17",
        "20231217 | 2023-12-17",
        "Sun, 17 Dec 2023 10:00:00 GMT | 2023-12-17T10:00:00Z",
        "17 Dec 2023 10:00 GMT | 2023-12-17T10:00:00Z",
        "2023-12-17t10:00:00z | 2023-12-17T10:00:00Z",
        "+2023-12-17T10:00:00Z | 2023-12-17T10:00:00Z",
        "December 17, 2023 | 2023-12-17"
      })
  void normalisesDeclaredDates(String raw, String iso) {
    assertThat(DATES.normalise(raw)).contains(iso);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://news.example/2023/12/20/slug | 2023-12-20",
        "https://news.example/news/2023-12-20/slug | 2023-12-20",
      })
  void readsDatesFromUrls(String url, String iso) {
    assertThat(DATES.fromUrl(url)).contains(iso);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"not a date", "2023-13-45"})
  void rejectsOtherText(String raw) {
    assertThat(DATES.normalise(raw)).isEmpty();
  }
}
