package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Organization;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DelegationsTest {

  private static List<String> names(Fixture f, List<String> ids) {
    return ids.stream()
        .map(
            id ->
                f.entities.organizations().stream()
                    .filter(o -> o.id().equals(id))
                    .map(Organization::name)
                    .findFirst()
                    .orElseThrow())
        .collect(Collectors.toList());
  }

  @Test
  void aGroupBeforeTheVerbWithItsQualifiers() {
    Fixture f = Fixture.of("On Monday, Norland ambassadors met in Vessa.");
    Delegations groups = new Delegations(f.entities, Fixture.WORDS);
    assertThat(names(f, groups.find(f.text, f.tokens, 0, f.at("met"))))
        .containsExactly("Norland ambassadors");
  }

  @Test
  void twoGroupsJoinedByAnd() {
    Fixture f = Fixture.of("Tribal elders and army officers met on Sunday.");
    Delegations groups = new Delegations(f.entities, Fixture.WORDS);
    assertThat(names(f, groups.find(f.text, f.tokens, 0, f.at("met"))))
        .containsExactly("Tribal elders", "officers");
  }

  @Test
  void noGroupBeforeTheVerb() {
    Fixture f = Fixture.of("The two men met on Sunday.");
    Delegations groups = new Delegations(f.entities, Fixture.WORDS);
    assertThat(groups.find(f.text, f.tokens, 0, f.at("met"))).isEmpty();
    assertThat(f.entities.organizations()).isEmpty();
  }

  @Test
  void aGroupAfterTheVerbWithOrWithoutWith() {
    Fixture f = Fixture.of("The minister met with Corlan officials.");
    Delegations groups = new Delegations(f.entities, Fixture.WORDS);
    assertThat(names(f, List.of(groups.findAfter(f.text, f.tokens, f.at("met"), f.end()))))
        .containsExactly("Corlan officials");
  }

  @Test
  void aPersonOrATimeAfterTheVerbIsNoGroup() {
    Fixture f = Fixture.of("The minister met with him on Friday.");
    Delegations groups = new Delegations(f.entities, Fixture.WORDS);
    assertThat(groups.findAfter(f.text, f.tokens, f.at("met"), f.end())).isNull();
  }

  @Test
  void aCapitalisedNameBeforeAPassiveVerb() {
    Fixture f = Fixture.of("Valmont was greeted by the mayor.");
    Delegations groups = new Delegations(f.entities, Fixture.WORDS);
    String id =
        groups.nameBefore(f.text, f.tokens, f.personAt(), 0, f.at("greeted"), Fixture.FRAME_WORDS);
    assertThat(names(f, List.of(id))).containsExactly("Valmont");
  }

  @Test
  void aPersonNamedOrAPronounBeforeTheVerbIsNoName() {
    Fixture f = Fixture.of("Ana Lind was greeted by the mayor.", "Ana Lind");
    Delegations groups = new Delegations(f.entities, Fixture.WORDS);
    assertThat(
            groups.nameBefore(
                f.text, f.tokens, f.personAt(), 0, f.at("greeted"), Fixture.FRAME_WORDS))
        .isNull();
    Fixture we = Fixture.of("We were greeted by the mayor.");
    assertThat(
            new Delegations(we.entities, Fixture.WORDS)
                .nameBefore(
                    we.text, we.tokens, we.personAt(), 0, we.at("greeted"), Fixture.FRAME_WORDS))
        .isNull();
  }
}
