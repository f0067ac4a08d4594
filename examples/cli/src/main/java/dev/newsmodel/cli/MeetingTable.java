package dev.newsmodel.cli;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Meeting;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/** The table of meetings under the article: who met, where, when, and whether it happened. */
final class MeetingTable {
  private MeetingTable() {}

  static void render(Article article, Element main) {
    Element section = main.appendElement("section").addClass("meetings");
    section.appendElement("h2").text("Meetings");
    if (article.meetings().isEmpty()) {
      section.appendElement("p").addClass("none").text("No meeting reported.");
      return;
    }
    Element table = section.appendElement("table").addClass("meetings");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String column : new String[] {"Participants", "Place", "Time", "Date", "Status"}) {
      head.appendElement("th").text(column);
    }
    Element body = table.appendElement("tbody");
    String text = article.text();
    for (Meeting meeting : article.meetings()) {
      Element row = body.appendElement("tr").attr("data-meeting", meeting.id());
      row.appendElement("td")
          .text(
              meeting.participants().stream()
                  .map(id -> AnnotatedPage.name(article, id))
                  .collect(Collectors.joining(", ")));
      row.appendElement("td")
          .text(meeting.place().map(s -> text.substring(s.start(), s.end())).orElse(""));
      row.appendElement("td")
          .text(meeting.time().map(s -> text.substring(s.start(), s.end())).orElse(""));
      row.appendElement("td").text(meeting.date().map(Object::toString).orElse(""));
      row.appendElement("td").text(meeting.status().name().toLowerCase(Locale.ROOT));
    }
  }
}
