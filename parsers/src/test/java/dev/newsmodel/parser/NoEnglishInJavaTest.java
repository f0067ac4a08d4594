package dev.newsmodel.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stages' Java holds rules, not a language's words: those live in the language bundle's
 * resource files. Fails on the shapes that words took in Java before (inline lists, word
 * comparisons, switches on words), comments aside.
 */
class NoEnglishInJavaTest {
  private static final Path MAIN = Path.of("src/main/java/dev/newsmodel/parser");
  private static final String[] PACKAGES = {
    "persons", "quotes", "meetings", "sentences", "tokens", "text"
  };
  private static final Pattern WORD_IN_JAVA =
      Pattern.compile(
          "WordList\\.of\\(\\s*\"[A-Za-z]"
              + "|Set\\.of\\(\\s*\"[A-Za-z]{2,}\""
              + "|\\.equals(IgnoreCase)?\\(\"[A-Za-z]{2,}\"\\)"
              + "|\\.is\\([^,()]+,\\s*\"[A-Za-z]{2,}\"\\)"
              + "|case \"[A-Za-z]{2,}\""
              + "|(startsWith|endsWith)\\(\"[A-Za-z]{2,}\"");
  private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

  @Test
  void theStagesSpellNoWordsInJava() throws IOException {
    assumeTrue(Files.isDirectory(MAIN), "sources not found from " + Path.of("").toAbsolutePath());
    List<String> found = new ArrayList<>();
    for (String name : PACKAGES) {
      try (Stream<Path> files = Files.list(MAIN.resolve(name))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String code = COMMENT.matcher(Files.readString(file)).replaceAll(" ");
          Matcher matcher = WORD_IN_JAVA.matcher(code);
          while (matcher.find()) {
            found.add(name + "/" + file.getFileName() + ": " + matcher.group());
          }
        }
      }
    }
    assertThat(found).as("words in Java; move them to lang/<code>/ resource files").isEmpty();
  }
}
