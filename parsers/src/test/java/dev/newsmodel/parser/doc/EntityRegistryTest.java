package dev.newsmodel.parser.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Mention;
import dev.newsmodel.model.MentionKind;
import dev.newsmodel.model.Organization;
import dev.newsmodel.model.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityRegistryTest {
  private final EntityRegistry registry =
      new EntityRegistry(
          List.of(
              Person.builder()
                  .id("p1")
                  .name("Ana Ruiz")
                  .addMentions(Mention.of("Ana Ruiz", 0, MentionKind.NAME))
                  .build()));

  @Test
  void anOrganizationNamedTwiceIsOneWithTwoMentionsInTextOrder() {
    String first = registry.organizationNamed("City Transit", 40);
    String again = registry.organizationNamed("city transit", 10);
    String same = registry.organizationNamed("City Transit", 40);

    assertThat(first).isEqualTo("o1").isEqualTo(again).isEqualTo(same);
    Organization organization = registry.organizations().get(0);
    assertThat(organization.name()).isEqualTo("City Transit");
    assertThat(organization.mentions()).extracting(Mention::start).containsExactly(10, 40);
  }

  @Test
  void aNewOrganizationIsNewWhateverItsNameAndIdsFollowOneCount() {
    String named = registry.organizationNamed("Harbour Board", 5);
    String group = registry.newOrganization("Harbour Board", 60);
    String other = registry.newOrganization("Harbour Board", 80);

    assertThat(List.of(named, group, other)).containsExactly("o1", "o2", "o3");
    assertThat(registry.organizations()).hasSize(3);
  }

  @Test
  void thePersonsMentionsAreIndexedOnce() {
    assertThat(registry.personMentions()).isSameAs(registry.personMentions());
    assertThat(registry.personMentions().idAt(0)).isEqualTo("p1");
    assertThat(registry.persons()).hasSize(1);
  }
}
