package dev.newsmodel.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Mention;
import dev.newsmodel.model.MentionKind;
import dev.newsmodel.model.Paragraph;
import dev.newsmodel.model.Person;
import dev.newsmodel.model.Section;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The article the library was specified from gives the structure of its EXPECTED.md. */
class SeedArticleTest {

  static String seed() throws IOException {
    try (InputStream in = SeedArticleTest.class.getResourceAsStream("blinken-beijing.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void structureMatchesExpected() throws IOException {
    Article article = NewsParser.create().parseText(seed());

    assertThat(article.title()).as("first line is a lead paragraph, not a title").isEmpty();
    assertThat(article.sections())
        .extracting(s -> s.heading().orElse(null), s -> s.paragraphs().size())
        .containsExactly(
            tuple(null, 2),
            tuple("Blinken\u2019s mission to China", 3),
            tuple("Wang Yi: \u2018No compromise on Taiwan\u2019", 3),
            tuple("\u2018Choose between cooperation and conflict\u2019", 4));
    Section lead = article.sections().get(0);
    assertThat(lead.paragraphs().get(0).text()).startsWith("The mission of Antony Blinken");
    assertThat(lead.paragraphs().get(1).text()).startsWith("Today, before a press conference");
    assertThat(article.text()).doesNotContain("Table of Contents").doesNotContain("Read also");
    assertThat(article.relatedLinks())
        .singleElement()
        .satisfies(
            link ->
                assertThat(link.text())
                    .isEqualTo(
                        "\u2018A Chinese espionage base in Cuba\u2019: the move of Beijing that"
                            + " worries the US"));
  }

  @Test
  void personsMatchExpected() throws IOException {
    Article article = NewsParser.create().parseText(seed());
    String text = article.text();

    assertThat(article.persons())
        .extracting(Person::name)
        .containsExactly("Antony Blinken", "Wang Yi", "Qin Gang", "Xi Jinping");
    Person blinken = article.persons().get(0);
    assertThat(blinken.roles())
        .extracting(r -> r.affiliation().orElse(""), r -> r.title())
        .containsExactly(tuple("US", "Secretary of State"));
    assertThat(blinken.aliases()).containsExactly("Blinken");
    assertThat(blinken.mentions())
        .extracting(Mention::text, Mention::kind)
        .contains(
            tuple("Blinken", MentionKind.NAME),
            tuple("The US Secretary of State", MentionKind.DESCRIPTION),
            tuple("the US secretary of state", MentionKind.DESCRIPTION),
            tuple("he", MentionKind.PRONOUN),
            tuple("He", MentionKind.PRONOUN));
    int heWillMeet = text.indexOf("he will meet");
    int heArrived = text.indexOf("He arrived");
    assertThat(blinken.mentions()).extracting(Mention::start).contains(heWillMeet, heArrived);

    Person wang = article.persons().get(1);
    assertThat(wang.aliases()).containsExactly("Wang");
    assertThat(wang.roles())
        .extracting(r -> r.affiliation().orElse(""), r -> r.title())
        .contains(tuple("Chinese", "diplomacy chief"), tuple("Chinese", "Foreign Minister"));
    assertThat(wang.roles())
        .anySatisfy(
            r ->
                assertThat(r.title()).startsWith("chief official in charge of diplomatic affairs"));
    assertThat(wang.mentions())
        .extracting(Mention::text, Mention::kind)
        .contains(
            tuple("Wang", MentionKind.NAME),
            tuple("The Chinese foreign minister", MentionKind.DESCRIPTION),
            tuple("the senior CCP diplomat", MentionKind.DESCRIPTION));

    Person qin = article.persons().get(2);
    assertThat(qin.roles())
        .extracting(r -> r.affiliation().orElse(""), r -> r.title())
        .contains(tuple("Chinese", "Minister of Foreign Affairs"));
    assertThat(qin.mentions()).extracting(Mention::text).containsOnly("Qin Gang");

    Person xi = article.persons().get(3);
    assertThat(xi.roles())
        .extracting(r -> r.affiliation().orElse(""), r -> r.title())
        .containsExactly(tuple("Chinese", "President"));
  }

  @Test
  void everyParagraphStandsInTheTextAtItsOffsets() throws IOException {
    Article article = NewsParser.create().parseText(seed());

    for (Section section : article.sections()) {
      for (Paragraph paragraph : section.paragraphs()) {
        assertThat(article.text().substring(paragraph.start(), paragraph.end()))
            .isEqualTo(paragraph.text());
      }
    }
    Section last = article.sections().get(3);
    assertThat(last.end()).isEqualTo(article.text().length());
    assertThat(article.text()).endsWith("internal affairs.\u201d");
  }
}
