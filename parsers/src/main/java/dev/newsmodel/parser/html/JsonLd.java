package dev.newsmodel.parser.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

/**
 * Finds the article object in a page's JSON-LD: a {@code NewsArticle} (or another article type), at
 * the top level, in an array or in an {@code @graph}. Malformed JSON is skipped.
 */
final class JsonLd {
  private JsonLd() {}

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build());
  }

  /**
   * The schema.org types (lower case) of an article object: {@code html/jsonld-article-types.txt},
   * a markup convention.
   */
  private static final Set<String> ARTICLE_TYPES =
      WordList.load(JsonLd.class, "jsonld-article-types.txt");

  /**
   * The article objects of these {@code script[type=application/ld+json]} elements, best first:
   * news articles before plain web pages.
   */
  static List<JsonNode> articles(List<Element> scripts) {
    List<JsonNode> articles = new ArrayList<>();
    List<JsonNode> pages = new ArrayList<>();
    for (Element script : scripts) {
      JsonNode root;
      try {
        root = MAPPER.readTree(dataOf(script));
      } catch (JsonProcessingException | RuntimeException e) {
        continue;
      }
      collect(root, articles, pages, 0);
    }
    articles.addAll(pages);
    return articles;
  }

  /** The script's text: its one data node's as it stands, else joined as {@code data()} joins. */
  private static String dataOf(Element script) {
    return script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode data
        ? data.getWholeData()
        : script.data();
  }

  private static void collect(
      JsonNode node, List<JsonNode> articles, List<JsonNode> pages, int depth) {
    if (node == null || depth > 5) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        collect(item, articles, pages, depth + 1);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (String type : types(node)) {
      if (type.equals("webpage")) {
        pages.add(node);
        JsonNode main = node.get("mainEntity");
        collect(main, articles, pages, depth + 1);
      } else if (ARTICLE_TYPES.contains(type)) {
        articles.add(node);
      }
    }
    collect(node.get("@graph"), articles, pages, depth + 1);
  }

  static List<String> types(JsonNode node) {
    List<String> types = new ArrayList<>();
    JsonNode type = node.get("@type");
    if (type == null) {
      return types;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        types.add(t.asText().toLowerCase(Locale.ROOT));
      }
    } else {
      types.add(type.asText().toLowerCase(Locale.ROOT));
    }
    return types;
  }

  /** A text field, or the {@code name} of an object field. */
  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isArray() && value.size() > 0) {
      value = value.get(0);
    }
    if (value.isObject()) {
      value = value.get("name");
    }
    if (value == null || !value.isValueNode()) {
      return Optional.empty();
    }
    String text = value.asText().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * Author names: strings, Person objects, or arrays of either; organizations only if no person.
   */
  static List<String> authors(JsonNode article) {
    List<String> persons = new ArrayList<>();
    List<String> organizations = new ArrayList<>();
    addNames(article.get("author"), persons, organizations, true);
    if (persons.isEmpty() && organizations.isEmpty()) {
      addNames(article.get("creator"), persons, organizations, true);
    }
    return persons.isEmpty() ? organizations : persons;
  }

  private static void addNames(
      JsonNode node, List<String> persons, List<String> organizations, boolean top) {
    if (node == null || node.isNull()) {
      return;
    }
    if (node.isArray() && top) {
      for (JsonNode item : node) {
        addNames(item, persons, organizations, false);
      }
    } else if (node.isTextual()) {
      persons.add(node.asText());
    } else if (node.isObject()) {
      JsonNode name = node.get("name");
      boolean organization = false;
      for (String type : types(node)) {
        organization |= type.contains("organization") || type.equals("corporation");
      }
      List<String> to = organization ? organizations : persons;
      if (name != null && name.isTextual()) {
        to.add(name.asText());
      } else if (name != null && name.isArray()) {
        // One author object naming several people ("name": ["Ana Costa", "Ben Ode"]).
        for (JsonNode item : name) {
          if (item.isTextual()) {
            to.add(item.asText());
          }
        }
      }
    }
  }
}
