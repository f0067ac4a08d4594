package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsmodel.cli.QuoteGold.Unit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The gold units of the shared scorer: one per quotation-mark pair and attribution. */
class QuoteGoldTest {
  private static final String TEXT =
      "\u201cThe bridge is safe,\u201d Roe said. \u201cWe checked it twice.\u201d\n"
          + "Roe said the repairs would end soon.";

  @Test
  void aQuoteSplitByItsCueMakesTwoMarkedUnitsAndOneAttribution() throws Exception {
    String gold =
        "[{\"spans\": [[1, 19], [31, 52]], \"kind\": \"direct\", \"speaker\": \"Roe\","
            + " \"speaker_start\": 21, \"speaker_end\": 24, \"cue\": \"said\", \"cue_start\": 25,"
            + " \"cue_end\": 29},"
            + " {\"start\": 63, \"end\": 98, \"kind\": \"indirect\", \"speaker\": \"Roe\","
            + " \"speaker_start\": 54, \"speaker_end\": 57, \"cue\": \"said\", \"cue_start\": 58,"
            + " \"cue_end\": 62}]";
    List<List<Unit>> units = QuoteGold.units(TEXT, new ObjectMapper().readTree(gold));

    assertThat(units.get(0)).hasSize(2);
    assertThat(units.get(1)).hasSize(2);
    Unit first = units.get(0).get(0);
    assertThat(TEXT.substring(first.chars().nextSetBit(0), first.end()))
        .isEqualTo("The bridge is safe");
    assertThat(first.speakerType()).isEqualTo("name");
  }

  @Test
  void regionsOpenAndCloseOnDoubleMarksAndResetAtALineBreak() {
    int[] regions = QuoteGold.quoteRegions("a \u201cb\u201d c \"d\n e\" f");
    assertThat(regions[3]).isEqualTo(0);
    assertThat(regions[7]).isEqualTo(-1);
    assertThat(regions[9]).isEqualTo(1);
    assertThat(regions[12]).isEqualTo(-1); // the line break closed the open mark
  }

  @Test
  void speakerTypesFollowTheScorersHeuristic() {
    Set<String> lower = Set.of("officials");
    assertThat(QuoteGold.speakerType("she", lower)).isEqualTo("pronoun");
    assertThat(QuoteGold.speakerType("Ana Ruiz, a spokeswoman", lower)).isEqualTo("name");
    assertThat(QuoteGold.speakerType("a spokeswoman for the city", lower)).isEqualTo("nominal");
    assertThat(QuoteGold.speakerType("Officials", lower)).isEqualTo("nominal");
  }
}
