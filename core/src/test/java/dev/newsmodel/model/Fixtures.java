package dev.newsmodel.model;

import java.time.LocalDate;

/** A small article built by hand, with every layer filled. */
final class Fixtures {
  private Fixtures() {}

  static final String TEXT =
      "Ana Silva met Tom Berg in Lisbon on Monday.\n\nTrade\n\n"
          + "\u201cWe agreed on much,\u201d Silva said.";

  static Article article() {
    int ana = TEXT.indexOf("Ana Silva");
    int tom = TEXT.indexOf("Tom Berg");
    int heading = TEXT.indexOf("Trade");
    int quoteStart = TEXT.indexOf("We agreed");
    int silva = TEXT.indexOf("Silva said");
    Person silvaPerson =
        Person.builder()
            .id("p1")
            .name("Ana Silva")
            .addAliases("Silva")
            .addRoles(Role.builder().title("Trade Minister").affiliation("Portuguese").build())
            .addMentions(Mention.of("Ana Silva", ana, MentionKind.NAME))
            .addMentions(Mention.of("Silva", silva, MentionKind.NAME))
            .build();
    Person bergPerson =
        Person.builder()
            .id("p2")
            .name("Tom Berg")
            .addMentions(Mention.of("Tom Berg", tom, MentionKind.NAME))
            .build();
    return Article.builder()
        .title("Ministers meet")
        .addAuthors("Jo Writer")
        .publishedAt("2024-03-04T09:30:00+01:00")
        .language("en")
        .text(TEXT)
        .addSections(
            Section.builder()
                .level(0)
                .start(0)
                .end(43)
                .addParagraphs(Paragraph.of(TEXT.substring(0, 43), 0))
                .build())
        .addSections(
            Section.builder()
                .heading("Trade")
                .level(2)
                .start(heading)
                .end(TEXT.length())
                .addParagraphs(Paragraph.of(TEXT.substring(heading + 7), heading + 7))
                .build())
        .addPersons(silvaPerson, bergPerson)
        .addOrganizations(Organization.builder().id("o1").name("Lisbon Council").build())
        .addQuotes(
            Quote.builder()
                .id("q1")
                .text("We agreed on much,")
                .kind(QuoteKind.DIRECT)
                .start(quoteStart)
                .end(quoteStart + 18)
                .speaker(
                    EntityRef.builder()
                        .entityId("p1")
                        .text("Silva")
                        .start(silva)
                        .end(silva + 5)
                        .build())
                .cue(Span.of("said", silva + 6))
                .build())
        .addMeetings(
            Meeting.builder()
                .id("m1")
                .addParticipants("p1", "p2")
                .place(Span.of("Lisbon", TEXT.indexOf("Lisbon")))
                .time(Span.of("on Monday", TEXT.indexOf("on Monday")))
                .date(LocalDate.of(2024, 3, 4))
                .status(MeetingStatus.HELD)
                .addEvidence(Span.of(TEXT.substring(0, 43), 0))
                .build())
        .addRelatedLinks(RelatedLink.of("More on trade", java.util.Optional.empty()))
        .build();
  }
}
