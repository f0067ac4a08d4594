package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void aShortBatchPrintsNothing() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Progress progress = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), 3, false);

    progress.update(1, 0);
    progress.update(3, 1);
    progress.finish();

    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
