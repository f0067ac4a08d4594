package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerbSidesTest {
  private final VerbSides sides =
      new VerbSides(Fixture.WORDS, Fixture.LANGUAGE.words("meetings/and-words"));
  private final NamedSides named =
      new NamedSides(Fixture.WORDS, Fixture.FRAME_WORDS, Fixture.GAZETTEER);

  private List<List<String>> participants(Fixture f, String verb, String previous, boolean person) {
    int at = f.at(verb);
    return sides.participants(
        f.personAt(),
        f.tokens,
        named.named(f.text, f.tokens, f.personAt(), 0, f.end()),
        at,
        previous,
        f.tokens.lower(at),
        person);
  }

  @Test
  void oneSubjectMeetingSeveralMeetsEachInPairs() {
    Fixture f =
        Fixture.of(
            "Mara Pelt met Ivo Brandt and Tove Lind.", "Mara Pelt", "Ivo Brandt", "Tove Lind");
    assertThat(participants(f, "met", null, true))
        .containsExactly(List.of("p1", "p2"), List.of("p1", "p3"));
  }

  @Test
  void subjectsJoinedByAndMeetOneAnother() {
    Fixture f =
        Fixture.of(
            "Mara Pelt, Ivo Brandt and Tove Lind met on Friday.",
            "Mara Pelt",
            "Ivo Brandt",
            "Tove Lind");
    assertThat(participants(f, "met", null, false)).containsExactly(List.of("p1", "p2", "p3"));
  }

  @Test
  void withNoSubjectNamedTheOneCarriedOverMeets() {
    Fixture f = Fixture.of("Later he met Ivo Brandt.", "Ivo Brandt");
    assertThat(participants(f, "met", "p9", true)).containsExactly(List.of("p9", "p1"));
    assertThat(participants(f, "met", null, true)).containsExactly(List.of("p1"));
  }

  @Test
  void aLoneSubjectIsASideAlone() {
    Fixture f = Fixture.of("Mara Pelt met on Friday.", "Mara Pelt");
    assertThat(participants(f, "met", null, false)).containsExactly(List.of("p1"));
  }
}
