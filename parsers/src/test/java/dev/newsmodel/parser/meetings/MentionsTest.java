package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Mention;
import dev.newsmodel.model.MentionKind;
import dev.newsmodel.model.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionsTest {
  private static Person person(String id, int... starts) {
    Person.Builder builder = Person.builder().id(id).name("Name " + id);
    for (int start : starts) {
      builder.addMentions(Mention.of("Name", start, MentionKind.NAME));
    }
    return builder.build();
  }

  @Test
  void ordersTheMentionsOfAllPersonsByStart() {
    Mentions mentions = Mentions.of(List.of(person("p1", 40, 5), person("p2", 20, 60)));

    assertThat(mentions.size()).isEqualTo(4);
    assertThat(
            new int[] {mentions.start(0), mentions.start(1), mentions.start(2), mentions.start(3)})
        .containsExactly(5, 20, 40, 60);
    assertThat(List.of(mentions.id(0), mentions.id(1), mentions.id(2), mentions.id(3)))
        .containsExactly("p1", "p2", "p1", "p2");
  }

  @Test
  void findsTheFirstMentionAtOrAfterAnOffset() {
    Mentions mentions = Mentions.of(List.of(person("p1", 10, 30)));

    assertThat(mentions.firstFrom(0)).isZero();
    assertThat(mentions.firstFrom(10)).isZero();
    assertThat(mentions.firstFrom(11)).isEqualTo(1);
    assertThat(mentions.firstFrom(31)).isEqualTo(mentions.size());
  }

  @Test
  void looksUpTheIdAtAnExactStart() {
    Mentions mentions = Mentions.of(List.of(person("p1", 10), person("p2", 30)));

    assertThat(mentions.idAt(30)).isEqualTo("p2");
    assertThat(mentions.idAt(20)).isNull();
  }

  @Test
  void aLaterPersonWinsAStartTwoShare() {
    Mentions mentions = Mentions.of(List.of(person("p1", 10), person("p2", 10), person("p3", 3)));

    assertThat(mentions.size()).isEqualTo(2);
    assertThat(mentions.idAt(10)).isEqualTo("p2");
    assertThat(mentions.idAt(3)).isEqualTo("p3");
  }

  @Test
  void noPersonsNoMentions() {
    Mentions mentions = Mentions.of(List.of());

    assertThat(mentions.size()).isZero();
    assertThat(mentions.firstFrom(0)).isZero();
    assertThat(mentions.idAt(0)).isNull();
  }
}
