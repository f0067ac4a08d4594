package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void normaliseCollapsesEveryKindOfSpaceAndDropsInvisibleCharacters() {
    assertThat(Text.normalise("  Port\u00A0 reopens\u200B\n\ttoday\u00AD "))
        .isEqualTo("Port reopens today");
  }

  @Test
  void nodeLengthCountsWhatJsoupsTextWouldHoldWithoutBuildingIt() {
    assertThat(Text.nodeLength("  two \u00A0 words ", false)).isEqualTo(" two words ".length());
    assertThat(Text.nodeLength("  two \u00A0 words ", true)).isEqualTo("two words".length());
    assertThat(Text.nodeLength(" \n ", true)).isZero();
  }

  @Test
  void nodeLengthAgreesWithJsoupOnGeneratedText() {
    char[] alphabet = {
      'a', 'Z', '1', ' ', ' ', '\n', '\t', '\r', '\f', '\u00A0', '\u200B', '\u00AD', '\u2003',
      '\u3000', '\u00E9', '\uD83D', '\uDE00', '.', '\u000B'
    };
    Random random = new Random(42);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String whole = text.toString();
      String jsoup = new TextNode(whole).text();
      assertThat(Text.nodeLength(whole, false)).as("%s", whole).isEqualTo(jsoup.length());
      assertThat(Text.nodeLength(whole, true)).as("%s", whole).isEqualTo(jsoup.strip().length());
    }
  }

  @Test
  void measureAddsNodesAsTheirTextsWrittenOneAfterAnother() {
    Text.Measure measure = new Text.Measure();
    String[] nodes = {" \n", "Port ", " reopens", "\u00A0", "today ", " "};
    StringBuilder joined = new StringBuilder();
    for (String node : nodes) {
      measure.add(node);
      joined.append(new TextNode(node).text());
    }

    assertThat(measure.length()).isEqualTo(joined.length());
    assertThat(measure.stripped()).isEqualTo(joined.toString().strip().length());
    measure.reset();
    assertThat(measure.length()).isZero();
    assertThat(measure.stripped()).isZero();
  }

  @Test
  void normaliserGivesForPiecesWhatTheJoinedTextGives() {
    String[] pieces = {
      "a",
      "Bé",
      " ",
      "  ",
      "\n",
      "\u00A0",
      "\u200B",
      "\u00AD",
      "x y",
      " z ",
      "",
      "Port reopens",
      "  to ships, today.  ",
      "long-run-of-ascii",
      "word\u00A0word\u200Bend"
    };
    Random random = new Random(5);
    Text.Normaliser normaliser = new Text.Normaliser(4);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder joined = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) {
        String piece = pieces[random.nextInt(pieces.length)];
        joined.append(piece);
        normaliser.add(piece);
      }
      assertThat(normaliser.take()).as("'%s'", joined).isEqualTo(reference(joined.toString()));
    }
  }

  /** Whitespace collapsed to single spaces, invisible characters dropped, trimmed. */
  private static String reference(String s) {
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (char c : s.toCharArray()) {
      if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
