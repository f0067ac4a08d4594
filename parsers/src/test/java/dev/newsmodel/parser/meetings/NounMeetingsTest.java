package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NounMeetingsTest {
  private final NounMeetings nouns = new NounMeetings(Fixture.SIDE_RULES);

  private List<List<String>> participants(Fixture f, String noun) {
    return nouns.participants(f.sentence(), f.at(noun));
  }

  @Test
  void everyoneNamedWithTheNounMeets() {
    Fixture f =
        Fixture.of(
            "The meeting between Mara Pelt and Ivo Brandt ran late.", "Mara Pelt", "Ivo Brandt");
    assertThat(participants(f, "meeting")).containsExactly(List.of("p1", "p2"));
  }

  @Test
  void theGroupTheComplementNamesMeetsThePersonNamed() {
    Fixture f = Fixture.of("Mara Pelt held talks with dock workers.", "Mara Pelt");
    assertThat(participants(f, "talks")).containsExactly(List.of("p1", "o1"));
    assertThat(f.entities.organizations().get(0).name()).isEqualTo("dock workers");
  }

  @Test
  void aNounThatIsNoMeetingTakingPlaceHasNoParticipants() {
    assertThat(
            participants(Fixture.of("Mara Pelt filed the meeting notes.", "Mara Pelt"), "meeting"))
        .isEmpty();
    assertThat(
            participants(
                Fixture.of("Mara Pelt wants a better climate for talks.", "Mara Pelt"), "talks"))
        .isEmpty();
  }

  @Test
  void aComplementOfABodyConveningIsNone() {
    Fixture body = Fixture.of("A meeting of the harbour board ended.");
    Fixture group = Fixture.of("A meeting with dock workers ended.");
    assertThat(nouns.complement(body.tokens, body.personAt(), body.at("meeting"), body.end()))
        .isNull();
    Sides.Found found =
        nouns.complement(group.tokens, group.personAt(), group.at("meeting"), group.end());
    assertThat(found).isNotNull();
    assertThat(group.text(found.from(), found.to())).isEqualTo("dock workers");
  }
}
