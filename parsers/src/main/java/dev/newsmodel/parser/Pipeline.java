package dev.newsmodel.parser;

import dev.newsmodel.model.Article;
import dev.newsmodel.parser.doc.Document;
import dev.newsmodel.parser.doc.Draft;
import dev.newsmodel.parser.doc.Laps;
import dev.newsmodel.parser.doc.Layer;
import dev.newsmodel.parser.doc.Stage;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.meetings.MeetingStage;
import dev.newsmodel.parser.persons.PersonStage;
import dev.newsmodel.parser.quotes.QuoteStage;
import dev.newsmodel.parser.sentences.SentenceSplitter;
import dev.newsmodel.parser.tokens.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stages after the reader, in order, checked when assembled: each stage's required layers must
 * be provided by a stage before it, and no layer by two. The skeleton (text, sections, paragraphs)
 * is made by {@link Document#of} before the first stage; none changes the text after it. Immutable
 * and thread-safe.
 */
final class Pipeline {
  private final List<Stage> stages;
  private final ParserOptions options;

  /**
   * The default stages, in order: tokens, sentences, persons (the entities layer), quotes,
   * meetings. A new stage is one line here.
   */
  static List<Stage> defaultStages(Language language) {
    return List.of(
        new Tokenizer(language),
        new SentenceSplitter(language),
        new PersonStage(language),
        new QuoteStage(language),
        new MeetingStage(language));
  }

  /**
   * A pipeline of {@code stages}, in order.
   *
   * @throws IllegalArgumentException when a stage requires a layer that no stage before it
   *     provides, or provides one that an earlier stage provides
   */
  Pipeline(List<Stage> stages, ParserOptions options) {
    this.stages = List.copyOf(stages);
    this.options = options;
    check(this.stages);
  }

  static void check(List<Stage> stages) {
    Map<Layer<?>, String> providers = new HashMap<>();
    providers.put(Layer.SKELETON, "the reader");
    List<String> names = new ArrayList<>();
    for (Stage stage : stages) {
      for (Layer<?> layer : stage.requires()) {
        if (!providers.containsKey(layer)) {
          throw new IllegalArgumentException(
              "stage '"
                  + stage.name()
                  + "' requires the "
                  + layer
                  + " layer, which no stage before it provides (before it: "
                  + (names.isEmpty() ? "none" : String.join(", ", names))
                  + ")");
        }
      }
      for (Layer<?> layer : stage.provides()) {
        String earlier = providers.putIfAbsent(layer, "stage '" + stage.name() + "'");
        if (earlier != null) {
          throw new IllegalArgumentException(
              "stage '"
                  + stage.name()
                  + "' provides the "
                  + layer
                  + " layer, as "
                  + earlier
                  + " does");
        }
      }
      names.add(stage.name());
    }
  }

  Article run(Draft draft, Laps laps) {
    Document document = Document.of(draft);
    laps.lap("skeleton");
    for (Stage stage : stages) {
      stage.apply(document);
      checkLimits(document, stage);
      laps.lap(stage.name());
    }
    Article article = document.toArticle();
    laps.lap("model");
    return article;
  }

  private void checkLimits(Document document, Stage stage) {
    if (stage.provides().contains(Layer.ENTITIES)) {
      int persons = document.entities().persons().size();
      if (persons > options.maxPersons()) {
        throw new LimitExceededException("maxPersons", options.maxPersons(), persons);
      }
    }
    if (stage.provides().contains(Layer.QUOTES)) {
      int quotes = document.get(Layer.QUOTES).size();
      if (quotes > options.maxQuotes()) {
        throw new LimitExceededException("maxQuotes", options.maxQuotes(), quotes);
      }
    }
  }
}
