package dev.newsmodel.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StageTimesTest {
  private final NewsParser parser = NewsParser.create();

  @Test
  void timesEveryStageOfAPageInPipelineOrderAndGivesTheSameArticle() {
    byte[] page =
        ("<html><head><title>Talks</title></head><body><article><p>Minister Ann Lee met"
                + " President Tom Hale in Oslo on Monday, her office said.</p></article></body>"
                + "</html>")
            .getBytes(StandardCharsets.UTF_8);
    StageTimes times = new StageTimes(parser);

    assertThat(times.parse(page, "")).isEqualTo(parser.parse(page, null, ""));
    assertThat(times.totals().keySet())
        .containsExactly(
            "html parse",
            "metadata",
            "cleaner",
            "content finder",
            "blocks",
            "skeleton",
            "language",
            "tokens",
            "sentences",
            "persons",
            "quotes",
            "meetings",
            "model");
    assertThat(times.totals().values()).allSatisfy(time -> assertThat(time.isNegative()).isFalse());
  }

  @Test
  void sumsOverTextsAndForgetsOnReset() {
    StageTimes times = new StageTimes(parser);
    times.parseText("Ann Lee said the port would reopen.");
    long once = times.totals().get("tokens").toNanos();
    times.parseText("Ann Lee said the port would reopen.");

    assertThat(times.totals()).containsKey("text reader").doesNotContainKey("html parse");
    assertThat(times.totals().get("tokens").toNanos()).isGreaterThanOrEqualTo(once);
    times.reset();
    assertThat(times.totals()).isEmpty();
  }
}
