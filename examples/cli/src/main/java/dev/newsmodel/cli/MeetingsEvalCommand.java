package dev.newsmodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsmodel.model.Article;
import dev.newsmodel.model.Entity;
import dev.newsmodel.model.Meeting;
import dev.newsmodel.model.Mention;
import dev.newsmodel.parser.NewsParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsmodel eval meetings FILE}: meeting sentences against gold labels. */
@Command(
    name = "meetings",
    mixinStandardHelpOptions = true,
    description = {
      "Scores meetings on gold sentences (meetings/dev.jsonl format): a sentence is a meeting when"
          + " the parsed sentence yields one. Prints precision, recall and F1 (gold null labels"
          + " skipped) beside the keyword floor on the same sentences (a sentence holding a meeting"
          + " word), the margin between them, participant F1 on true positives (a gold participant"
          + " is found when it and one of our participants' names or mentions contain one another)"
          + " and status accuracy on true positives whose gold gives a status."
    })
final class MeetingsEvalCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "Gold JSON Lines.")
  Path file;

  @Option(names = "--errors", description = "Print this many missed and spurious sentences.")
  int errors;

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    NewsParser parser = NewsParser.create();
    KeywordBaseline keywords = KeywordBaseline.load();
    int keywordTp = 0;
    int keywordFp = 0;
    int statusGiven = 0;
    int statusRight = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int skipped = 0;
    int labelled = 0;
    int participantsMatched = 0;
    int participantsGold = 0;
    int participantsOurs = 0;
    List<String> missed = new ArrayList<>();
    List<String> spurious = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = json.readTree(line);
        JsonNode label = row.get("meeting");
        if (label == null || label.isNull()) {
          skipped++;
          continue;
        }
        labelled++;
        String sentence = row.get("sentence").asText();
        Article article = parser.parseText(sentence);
        boolean ours = !article.meetings().isEmpty();
        boolean gold = label.asBoolean();
        if (keywords.matches(sentence)) {
          keywordTp += gold ? 1 : 0;
          keywordFp += gold ? 0 : 1;
        }
        String status = row.path("status").asText("");
        if (ours && gold && !status.isEmpty()) {
          statusGiven++;
          statusRight +=
              article.meetings().stream().anyMatch(m -> m.status().name().equalsIgnoreCase(status))
                  ? 1
                  : 0;
        }
        if (ours && gold) {
          tp++;
          List<List<String>> names = participantNames(article);
          participantsOurs += names.size();
          for (JsonNode participant : row.path("participants")) {
            participantsGold++;
            String g = participant.asText().toLowerCase(Locale.ROOT);
            for (List<String> forms : names) {
              if (forms.stream().anyMatch(f -> f.contains(g) || g.contains(f))) {
                participantsMatched++;
                break;
              }
            }
          }
        } else if (ours) {
          fp++;
          if (spurious.size() < errors) {
            spurious.add(sentence);
          }
        } else if (gold) {
          fn++;
          if (missed.size() < errors) {
            missed.add(sentence);
          }
        }
      }
    }
    double p = ratio(tp, tp + fp);
    double r = ratio(tp, tp + fn);
    out.printf(
        Locale.ROOT,
        "sentences with a gold label %d (null labels skipped: %d)%n",
        labelled,
        skipped);
    out.printf(
        Locale.ROOT,
        "meeting sentences P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)%n",
        p,
        r,
        f1(p, r),
        tp,
        fp,
        fn);
    double kp = ratio(keywordTp, keywordTp + keywordFp);
    double kr = ratio(keywordTp, tp + fn);
    out.printf(
        Locale.ROOT,
        "keyword match (baseline) P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)%n",
        kp,
        kr,
        f1(kp, kr),
        keywordTp,
        keywordFp,
        tp + fn - keywordTp);
    out.printf(Locale.ROOT, "margin over the keyword match: F1 %+.3f%n", f1(p, r) - f1(kp, kr));
    double pp = ratio(participantsMatched, participantsOurs);
    double pr = ratio(participantsMatched, participantsGold);
    out.printf(
        Locale.ROOT, "participants on true positives P %.3f R %.3f F1 %.3f%n", pp, pr, f1(pp, pr));
    out.printf(
        Locale.ROOT,
        "status on true positives with a gold status: %d of %d (%.3f)%n",
        statusRight,
        statusGiven,
        ratio(statusRight, statusGiven));
    missed.forEach(s -> out.println("  missed   " + s));
    spurious.forEach(s -> out.println("  spurious " + s));
    return 0;
  }

  /** For each participant of each meeting: its name and every mention, lower case. */
  private static List<List<String>> participantNames(Article article) {
    List<List<String>> names = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Meeting meeting : article.meetings()) {
      for (String id : meeting.participants()) {
        if (!seen.add(id)) {
          continue;
        }
        Entity entity = article.entity(id).orElseThrow();
        List<String> forms = new ArrayList<>();
        forms.add(entity.name().toLowerCase(Locale.ROOT));
        for (Mention mention : entity.mentions()) {
          forms.add(mention.text().toLowerCase(Locale.ROOT));
        }
        names.add(forms);
      }
    }
    return names;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
