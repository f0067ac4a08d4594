package dev.newsmodel.cli;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Entity;
import dev.newsmodel.model.Person;
import dev.newsmodel.model.Quote;
import dev.newsmodel.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** The side panel: each person and organization, with roles, aliases and what they said. */
final class EntityPanel {
  private EntityPanel() {}

  static void render(Article article, Palette palette, Element aside) {
    aside.appendElement("h2").text("Persons");
    if (article.persons().isEmpty()) {
      aside.appendElement("p").addClass("none").text("No person named.");
    }
    for (Person person : article.persons()) {
      entity(article, person, palette, aside, roles(person));
    }
    if (!article.organizations().isEmpty()) {
      aside.appendElement("h2").text("Organizations");
      for (Entity organization : article.organizations()) {
        entity(article, organization, palette, aside, List.of());
      }
    }
    List<Quote> unattributed =
        article.quotes().stream().filter(q -> Palette.speakerId(q).isEmpty()).toList();
    if (!unattributed.isEmpty()) {
      Element box = aside.appendElement("div").addClass("entity").addClass("unattributed");
      box.appendElement("h3").text("Quotes without a speaker");
      quoteList(unattributed, box);
    }
  }

  private static void entity(
      Article article, Entity entity, Palette palette, Element aside, List<String> roles) {
    Element box =
        aside
            .appendElement("div")
            .addClass("entity")
            .id("entity-" + entity.id())
            .attr("data-entity", entity.id());
    Element name = box.appendElement("h3");
    palette
        .of(entity.id())
        .ifPresent(
            c -> name.appendElement("span").addClass("swatch").attr("style", "background:" + c));
    name.appendElement("span").addClass("name").text(entity.name());
    if (!roles.isEmpty()) {
      box.appendElement("p").addClass("roles").text(String.join("; ", roles));
    }
    if (!entity.aliases().isEmpty()) {
      box.appendElement("p")
          .addClass("aliases")
          .text("Also: " + String.join(", ", entity.aliases()));
    }
    box.appendElement("p")
        .addClass("mentions")
        .text(
            entity.mentions().size() + (entity.mentions().size() == 1 ? " mention" : " mentions"));
    List<Quote> quotes =
        article.quotes().stream()
            .filter(q -> Palette.speakerId(q).filter(entity.id()::equals).isPresent())
            .toList();
    if (!quotes.isEmpty()) {
      quoteList(quotes, box);
    }
  }

  private static void quoteList(List<Quote> quotes, Element box) {
    Element list = box.appendElement("ul").addClass("quotes");
    for (Quote quote : quotes) {
      Element item = list.appendElement("li").attr("data-quote", quote.id());
      item.appendElement("span")
          .addClass("kind")
          .text(quote.kind().name().toLowerCase(Locale.ROOT) + ": ");
      item.appendText(quote.text());
    }
  }

  private static List<String> roles(Person person) {
    List<String> roles = new ArrayList<>();
    for (Role role : person.roles()) {
      roles.add(role.title() + role.affiliation().map(a -> " (" + a + ")").orElse(""));
    }
    return roles;
  }
}
