package dev.newsmodel.model;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The whole-article invariants: spans stand in the text, ids are unique, references resolve. */
final class ArticleChecks {
  private ArticleChecks() {}

  static void check(Article article) {
    String text = article.text();
    article.publishedAt().ifPresent(IsoDates::dayOf);
    article
        .languageConfidence()
        .filter(c -> !(c >= 0 && c <= 1))
        .ifPresent(
            c -> {
              throw new InvalidModelException(
                  "languageConfidence " + c + " is not between 0 and 1");
            });
    checkSections(article, text);

    Set<String> entityIds = new HashSet<>();
    Set<String> allIds = new HashSet<>();
    for (Person person : article.persons()) {
      addId(allIds, person.id(), "person");
      entityIds.add(person.id());
      for (Mention mention : person.mentions()) {
        Spans.checkIn("mention of person ", person.id(), mention, text);
      }
      for (Role role : person.roles()) {
        if (role.span().isPresent()) {
          Spans.checkIn("role of person ", person.id(), role.span().get(), text);
        }
      }
    }
    for (Organization organization : article.organizations()) {
      addId(allIds, organization.id(), "organization");
      entityIds.add(organization.id());
      for (Mention mention : organization.mentions()) {
        Spans.checkIn("mention of organization ", organization.id(), mention, text);
      }
    }
    for (Quote quote : article.quotes()) {
      addId(allIds, quote.id(), "quote");
      Spans.checkIn("quote ", quote.id(), quote, text);
      checkRef("speaker of quote ", quote.id(), quote.speaker(), text, entityIds);
      checkRef("addressee of quote ", quote.id(), quote.addressee(), text, entityIds);
      if (quote.cue().isPresent()) {
        Spans.checkIn("cue of quote ", quote.id(), quote.cue().get(), text);
      }
    }
    for (Meeting meeting : article.meetings()) {
      addId(allIds, meeting.id(), "meeting");
      for (String participant : meeting.participants()) {
        if (!entityIds.contains(participant)) {
          throw new InvalidModelException(
              "meeting " + meeting.id() + " names participant '" + participant + "', no entity");
        }
      }
      for (Optional<Span> span : java.util.List.of(meeting.place(), meeting.time())) {
        if (span.isPresent()) {
          Spans.checkIn("place or time of meeting ", meeting.id(), span.get(), text);
        }
      }
      for (Span evidence : meeting.evidence()) {
        Spans.checkIn("evidence of meeting ", meeting.id(), evidence, text);
      }
    }
  }

  private static void checkSections(Article article, String text) {
    int previousEnd = 0;
    for (Section section : article.sections()) {
      if (section.start() < previousEnd || section.end() > text.length()) {
        throw new InvalidModelException(
            "section ["
                + section.start()
                + ", "
                + section.end()
                + ") overlaps the previous one or ends past the text ("
                + text.length()
                + ")");
      }
      if (section.heading().isPresent()) {
        Spans.checkIn("heading", Span.of(section.heading().get(), section.start()), text);
      }
      for (Paragraph paragraph : section.paragraphs()) {
        Spans.checkIn("paragraph", paragraph, text);
      }
      previousEnd = section.end();
    }
  }

  private static void checkRef(
      String what, String quoteId, Optional<EntityRef> ref, String text, Set<String> entityIds) {
    if (ref.isEmpty()) {
      return;
    }
    Spans.checkIn(what, quoteId, ref.get(), text);
    Optional<String> id = ref.get().entityId();
    if (id.isPresent() && !entityIds.contains(id.get())) {
      throw new InvalidModelException(
          what + quoteId + " refers to '" + id.get() + "', no such entity");
    }
  }

  private static void addId(Set<String> ids, String id, String what) {
    if (!ids.add(id)) {
      throw new InvalidModelException("id '" + id + "' of " + what + " is used twice");
    }
  }
}
