package dev.newsmodel.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextWordsTest {
  private static final TextWords WORDS = new TextWords(Language.english());

  @Test
  void everyListLoadsAndHoldsEntries() {
    assertThat(WORDS.roleWords).contains("staff", "correspondent", "vice");
    assertThat(WORDS.particles).contains("de", "van", "y");
    assertThat(WORDS.dateFiller).contains("published", "thurs", "rd");
    assertThat(WORDS.ordinalSuffixes).containsExactlyInAnyOrder("st", "nd", "rd", "th");
    assertThat(WORDS.furnitureLines).contains("advertisement", "share this article");
    assertThat(WORDS.notices).contains("all rights reserved");
    assertThat(WORDS.introducingVerbs).contains("said", "tweeted");
    assertThat(WORDS.counterUnits).contains("min read", "shares");
    assertThat(WORDS.contentsHeadings).contains("table of contents", "in this article");
    assertThat(WORDS.relatedPrefixes).startsWith("read also").endsWith("listen");
  }

  @Test
  void readsTablesOfMonthsAndZones() {
    assertThat(WORDS.months).hasSize(24).containsEntry("sept", 9).containsEntry("december", 12);
    assertThat(WORDS.zones)
        .hasSize(18)
        .containsEntry("z", ZoneOffset.UTC)
        .containsEntry("edt", ZoneOffset.ofHours(-4))
        .containsEntry("et", ZoneId.of("America/New_York"));
  }

  @Test
  void singleWordsKeepTheSpacesTheyAreMatchedWith() {
    assertThat(WORDS.bylineOpener).isEqualTo("by ");
    assertThat(WORDS.nameJoins).containsExactly(" and ");
    assertThat(WORDS.placeMarkers).containsExactly(" in ", " at ", " for ");
    assertThat(WORDS.counterOf).isEqualTo(" of ");
    assertThat(WORDS.counterAgo).isEqualTo(" ago");
    assertThat(WORDS.beforeNoon).isEqualTo("am");
    assertThat(WORDS.afterNoon).isEqualTo("pm");
    assertThat(WORDS.updateMarker).isEqualTo("updated");
  }

  @Test
  void aQuotedEntryKeepsItsSpaces() {
    assertThat(WORDS.furniturePrefixes).contains("photo:", "(photo", "file - ");
    assertThat(TextWords.unquoted(List.of("\"by \"", "by:", "\"", "plain")))
        .containsExactly("by ", "by:", "\"", "plain");
  }
}
