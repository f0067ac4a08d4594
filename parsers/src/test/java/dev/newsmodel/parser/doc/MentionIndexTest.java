package dev.newsmodel.parser.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Mention;
import dev.newsmodel.model.MentionKind;
import dev.newsmodel.model.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionIndexTest {
  private static Person person(String id, int... starts) {
    Person.Builder builder = Person.builder().id(id).name("Name " + id);
    for (int start : starts) {
      builder.addMentions(Mention.of("Name", start, MentionKind.NAME));
    }
    return builder.build();
  }

  @Test
  void ordersTheMentionsOfAllPersonsByStart() {
    MentionIndex mentions = MentionIndex.of(List.of(person("p1", 40, 5), person("p2", 20, 60)));

    assertThat(mentions.size()).isEqualTo(4);
    assertThat(
            new int[] {mentions.start(0), mentions.start(1), mentions.start(2), mentions.start(3)})
        .containsExactly(5, 20, 40, 60);
    assertThat(List.of(mentions.id(0), mentions.id(1), mentions.id(2), mentions.id(3)))
        .containsExactly("p1", "p2", "p1", "p2");
  }

  @Test
  void findsTheFirstMentionAtOrAfterAnOffset() {
    MentionIndex mentions = MentionIndex.of(List.of(person("p1", 10, 30)));

    assertThat(mentions.firstFrom(0)).isZero();
    assertThat(mentions.firstFrom(10)).isZero();
    assertThat(mentions.firstFrom(11)).isEqualTo(1);
    assertThat(mentions.firstFrom(31)).isEqualTo(mentions.size());
  }

  @Test
  void looksUpTheIdAtAnExactStart() {
    MentionIndex mentions = MentionIndex.of(List.of(person("p1", 10), person("p2", 30)));

    assertThat(mentions.idAt(30)).isEqualTo("p2");
    assertThat(mentions.idAt(20)).isNull();
  }

  @Test
  void aLaterPersonWinsAStartTwoShare() {
    MentionIndex mentions =
        MentionIndex.of(List.of(person("p1", 10), person("p2", 10), person("p3", 3)));

    assertThat(mentions.size()).isEqualTo(2);
    assertThat(mentions.idAt(10)).isEqualTo("p2");
    assertThat(mentions.idAt(3)).isEqualTo("p3");
  }

  @Test
  void noPersonsNoMentions() {
    MentionIndex mentions = MentionIndex.of(List.of());

    assertThat(mentions.size()).isZero();
    assertThat(mentions.firstFrom(0)).isZero();
    assertThat(mentions.idAt(0)).isNull();
  }

  @Test
  void keepsTheEndOfEachMentionAndFindsTheLastBeforeAnOffset() {
    Person person =
        Person.builder()
            .id("p1")
            .name("Ana Ruiz")
            .addMentions(Mention.of("Ana Ruiz", 4, MentionKind.NAME))
            .addMentions(Mention.of("Ruiz", 30, MentionKind.NAME))
            .build();
    MentionIndex mentions = MentionIndex.of(List.of(person));

    assertThat(mentions.end(0)).isEqualTo(12);
    assertThat(mentions.end(1)).isEqualTo(34);
    assertThat(mentions.lastBefore(30)).isZero();
    assertThat(mentions.lastBefore(31)).isEqualTo(1);
    assertThat(mentions.lastBefore(4)).isEqualTo(-1);
  }
}
