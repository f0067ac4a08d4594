package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import dev.newsmodel.parser.NewsParser;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the annotated seed article in headless Chromium and checks what a reader sees: the
 * rendered DOM has the highlighted quotes and the panels, and the screenshot shows each speaker's
 * colour. Skipped, with a message, when no Chromium is installed ({@code .ci/run} installs Debian's
 * {@code chromium}).
 */
class AnnotateIT {
  private static Path browser;

  @TempDir Path dir;

  @BeforeAll
  static void findBrowser() {
    Optional<Path> found =
        List.of(
                Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium"),
                "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome")
            .stream()
            .map(Path::of)
            .filter(Files::isExecutable)
            .findFirst();
    Assumptions.assumeTrue(
        found.isPresent(), "no Chromium found (install Debian's chromium); browser test skipped");
    browser = found.get();
  }

  private String chromium(Path page, String... action) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(browser.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
            "--window-size=1280,1800"));
    command.addAll(List.of(action));
    command.add(page.toUri().toString());
    Path stdout = Files.createTempFile(dir, "out", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not finish in 120 s");
    }
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  @Test
  void theRenderedPageShowsQuotesInSpeakerColoursAndThePanels() throws Exception {
    Article article = NewsParser.create().parseText(AnnotatedPageTest.seed());
    Path page = dir.resolve("annotated.html");
    Files.writeString(page, AnnotatedPage.render(article).outerHtml(), StandardCharsets.UTF_8);

    Document rendered = Jsoup.parse(chromium(page, "--dump-dom"));
    assertThat(rendered.select("mark.quote").eachAttr("data-quote"))
        .containsAll(article.quotes().stream().map(q -> q.id()).toList());
    assertThat(rendered.select("aside .entity .name").eachText())
        .contains("Antony Blinken", "Wang Yi", "Qin Gang", "Xi Jinping");
    assertThat(rendered.select("table.meetings tbody tr")).hasSize(3);

    Path screenshot = dir.resolve("annotated.png");
    chromium(page, "--screenshot=" + screenshot);
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    Palette palette = new Palette(article);
    for (var quote : article.quotes()) {
      String colour = palette.of(quote);
      assertThat(pixels(image, colour))
          .as("pixels in %s, the colour of %s's speaker", colour, quote.id())
          .isGreaterThan(200);
    }
  }

  /** How many pixels have this colour, give or take a little for colour management. */
  private static int pixels(BufferedImage image, String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        if (close(p >> 16, rgb >> 16) && close(p >> 8, rgb >> 8) && close(p, rgb)) {
          count++;
        }
      }
    }
    return count;
  }

  private static boolean close(int a, int b) {
    return Math.abs((a & 0xff) - (b & 0xff)) <= 3;
  }
}
