package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Entity;
import dev.newsmodel.model.Meeting;
import dev.newsmodel.model.Mention;
import dev.newsmodel.model.Span;
import dev.newsmodel.parser.NewsParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The meetings checklist ({@code checklist.tsv}): invented sentences of each category of the
 * definition, meetings and near misses, each with the meeting expected or not, its participants,
 * status and place.
 */
class MeetingChecklistTest {
  private static final NewsParser PARSER = NewsParser.create();

  record Row(
      String category,
      String sentence,
      boolean meeting,
      List<String> participants,
      String status,
      String place) {
    @Override
    public String toString() {
      return category + ": " + sentence;
    }
  }

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                MeetingChecklistTest.class.getResourceAsStream("checklist.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = Arrays.copyOf(line.split("\t", -1), 6);
        List<String> participants =
            f[3] == null || f[3].isBlank()
                ? List.of()
                : Arrays.stream(f[3].split(";")).map(String::strip).toList();
        rows.add(new Row(f[0], f[1], f[2].equals("yes"), participants, blank(f[4]), blank(f[5])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static String blank(String s) {
    return s == null ? "" : s.strip();
  }

  @Test
  void theSuiteIsLargeAndHalfOfItNearMisses() {
    List<Row> rows = rows();
    long nearMisses = rows.stream().filter(r -> !r.meeting()).count();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
    assertThat(nearMisses * 2).isGreaterThanOrEqualTo(rows.size());
    Map<String, Long> byCategory =
        rows.stream().collect(Collectors.groupingBy(Row::category, Collectors.counting()));
    assertThat(byCategory.values()).allMatch(n -> n >= 8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void sentence(Row row) {
    Article article = PARSER.parseText(row.sentence());
    List<Meeting> meetings = article.meetings();
    if (!row.meeting()) {
      assertThat(meetings).as("no meeting").isEmpty();
      return;
    }
    assertThat(meetings).as("a meeting").isNotEmpty();
    if (!row.participants().isEmpty()) {
      List<List<String>> ours = forms(article, meetings);
      for (String expected : row.participants()) {
        assertThat(ours).as("participant " + expected).anyMatch(f -> matches(f, expected));
      }
      for (List<String> participant : ours) {
        assertThat(row.participants())
            .as("participant " + participant.get(0) + " expected")
            .anyMatch(expected -> matches(participant, expected));
      }
    }
    if (!row.status().isEmpty()) {
      assertThat(meetings)
          .as("status")
          .allMatch(m -> m.status().name().equalsIgnoreCase(row.status()));
    }
    if (!row.place().isEmpty()) {
      assertThat(meetings)
          .as("place")
          .anyMatch(m -> m.place().map(Span::text).orElse("").contains(row.place()));
    }
  }

  /** Each participant's name and mention texts, lower case. */
  private static List<List<String>> forms(Article article, List<Meeting> meetings) {
    List<List<String>> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Meeting meeting : meetings) {
      for (String id : meeting.participants()) {
        if (seen.contains(id)) {
          continue;
        }
        seen.add(id);
        Entity entity = article.entity(id).orElseThrow();
        List<String> forms = new ArrayList<>();
        forms.add(entity.name());
        entity.mentions().stream().map(Mention::text).forEach(forms::add);
        out.add(forms.stream().map(lower()).toList());
      }
    }
    return out;
  }

  private static Function<String, String> lower() {
    return s -> s.toLowerCase(Locale.ROOT);
  }

  /** A form holds the expected participant or lies within it: "the Iranian delegation". */
  private static boolean matches(List<String> forms, String expected) {
    String e = expected.toLowerCase(Locale.ROOT);
    return forms.stream().anyMatch(f -> f.contains(e) || e.contains(f) && f.length() > 2);
  }
}
