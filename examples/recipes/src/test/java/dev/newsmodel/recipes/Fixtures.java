package dev.newsmodel.recipes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Two short articles, written for these tests, in a folder. */
final class Fixtures {
  private Fixtures() {}

  static final String FIRST =
      "Port ministers meet in Rotterdam\n\n"
          + "Dutch Infrastructure Minister Anna Verbeek met her Polish counterpart Tomasz Nowak on"
          + " Monday in Rotterdam.\n\n"
          + "“We cannot run modern ports with yesterday's paperwork,” Verbeek told reporters.\n\n"
          + "“The first data link opens in June,” Nowak said.\n";

  static final String SECOND =
      "<html><head><title>Ministers to meet again</title></head><body><article>"
          + "<h1>Ministers to meet again</h1>"
          + "<p>Anna Verbeek, the Dutch infrastructure minister, will meet Tomasz Nowak in Gdansk"
          + " next month, her office said.</p>"
          + "<p>“Ports that share data move faster,” Verbeek said on Friday.</p>"
          + "</article></body></html>";

  static Path folder(Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), FIRST);
    Files.writeString(dir.resolve("b.html"), SECOND);
    return dir;
  }
}
