package dev.newsmodel.parser;

import dev.newsmodel.model.Article;
import dev.newsmodel.parser.doc.Laps;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where the time of parsing goes: each stage's time, summed over the documents parsed through this
 * object, for benchmarks and profiling. The parser it wraps may be shared; a {@code StageTimes} is
 * not thread-safe, so use one per thread.
 *
 * <pre>{@code
 * StageTimes times = new StageTimes(NewsParser.create());
 * for (byte[] page : pages) times.parse(page, "");
 * times.totals().forEach((stage, time) -> System.out.println(stage + " " + time.toMillis()));
 * }</pre>
 */
public final class StageTimes {
  private final NewsParser parser;
  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private long lastLap;
  private final Laps laps =
      stage -> {
        long now = System.nanoTime();
        nanos.merge(stage, now - lastLap, Long::sum);
        lastLap = now;
      };

  /** Times the stages of {@code parser}. */
  public StageTimes(NewsParser parser) {
    this.parser = Objects.requireNonNull(parser, "parser");
  }

  /** {@link NewsParser#parse(byte[], java.nio.charset.Charset, String)}, timed stage by stage. */
  public Article parse(byte[] html, String baseUri) {
    lastLap = System.nanoTime();
    return parser.parse(html, null, baseUri, laps);
  }

  /** {@link NewsParser#parseText(String)}, timed stage by stage. */
  public Article parseText(String text) {
    lastLap = System.nanoTime();
    return parser.parseText(text, laps);
  }

  /**
   * The time of each stage so far, in pipeline order: "html parse" (decoding and jsoup) or "text
   * reader", then for pages "metadata", "cleaner", "content finder", "blocks", then "skeleton",
   * "language", "tokens", "sentences", "persons", "quotes", "meetings" and "model".
   */
  public Map<String, Duration> totals() {
    Map<String, Duration> totals = new LinkedHashMap<>();
    nanos.forEach((stage, time) -> totals.put(stage, Duration.ofNanos(time)));
    return Collections.unmodifiableMap(totals);
  }

  /** Forgets the times so far. */
  public void reset() {
    nanos.clear();
  }
}
