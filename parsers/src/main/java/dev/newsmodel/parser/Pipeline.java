package dev.newsmodel.parser;

import dev.newsmodel.model.Article;
import dev.newsmodel.parser.doc.Document;
import dev.newsmodel.parser.doc.Draft;
import dev.newsmodel.parser.doc.Laps;
import dev.newsmodel.parser.doc.Layer;
import dev.newsmodel.parser.doc.Stage;
import dev.newsmodel.parser.language.CommonWords;
import dev.newsmodel.parser.language.LanguageChoice;
import dev.newsmodel.parser.language.LanguageDetector;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.meetings.MeetingStage;
import dev.newsmodel.parser.persons.PersonStage;
import dev.newsmodel.parser.quotes.QuoteStage;
import dev.newsmodel.parser.sentences.SentenceSplitter;
import dev.newsmodel.parser.tokens.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The stages after the reader, in order, checked when assembled: each stage's required layers must
 * be provided by a stage before it, and no layer by two. The skeleton (text, sections, paragraphs)
 * is made by {@link Document#of} before the first stage; none changes the text after it. Immutable
 * and thread-safe.
 */
final class Pipeline {
  private final Language language;
  private final CommonWords commonWords;
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
   * A pipeline of {@code stages}, in order, made for texts in {@code language}: the stages run on
   * an article in that language, or in none known; an article in another language keeps its content
   * and metadata and says why it has no persons, quotes or meetings.
   *
   * @throws IllegalArgumentException when a stage requires a layer that no stage before it
   *     provides, or provides one that an earlier stage provides
   */
  Pipeline(Language language, List<Stage> stages, ParserOptions options) {
    this.language = language;
    this.commonWords = new CommonWords(language.lowerCaseWords("language/function-words"));
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
    LanguageChoice choice = chooseLanguage(document, draft);
    document.language(
        choice.language(),
        choice.confidence().isPresent() ? choice.confidence().getAsDouble() : null);
    laps.lap("language");
    if (choice.language() == null
        || LanguageChoice.primary(choice.language()).equals(language.code())) {
      for (Stage stage : stages) {
        stage.apply(document);
        checkLimits(document);
        laps.lap(stage.name());
      }
    } else {
      document.note(unreadNote(LanguageChoice.primary(choice.language())));
    }
    Article article = document.toArticle();
    laps.lap("model");
    return article;
  }

  private LanguageChoice chooseLanguage(Document document, Draft draft) {
    if (options.language().isPresent()) {
      return LanguageChoice.forced(options.language().get());
    }
    String declared = draft.language().orElse(null);
    if ((declared == null || LanguageChoice.primary(declared).equals(language.code()))
        && commonWords.confirm(document.text())) {
      // The text's common words show the parser's language, as declared (or nothing is): the
      // n-gram detector, as costly as the rest of a plain text's pipeline, is not asked.
      return new LanguageChoice(
          declared == null ? language.code() : declared, OptionalDouble.empty());
    }
    LanguageDetector detector = LanguageDetector.get();
    LanguageDetector.Detected detected = detector.detect(document.text());
    if (!detected.found()) {
      // Too little body (a teaser, a video page): the title and standfirst may still tell.
      String head = draft.title().orElse("") + "\n\n" + draft.description().orElse("");
      detected = detector.detect(head);
    }
    return LanguageChoice.of(declared, detected);
  }

  /** The note of an article in a language without a bundle. */
  static String unreadNote(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return "No persons, quotes or meetings: the text is in "
        + (name.isEmpty() || name.equals(code)
            ? "language '" + code + "'"
            : name + " (" + code + ")")
        + ", which this parser does not read.";
  }

  /** Refuses a document whose persons or quotes, once found, exceed the options' limits. */
  private void checkLimits(Document document) {
    if (document.has(Layer.ENTITIES)) {
      int persons = document.entities().persons().size();
      if (persons > options.maxPersons()) {
        throw new LimitExceededException("maxPersons", options.maxPersons(), persons);
      }
    }
    if (document.has(Layer.QUOTES)) {
      int quotes = document.get(Layer.QUOTES).size();
      if (quotes > options.maxQuotes()) {
        throw new LimitExceededException("maxQuotes", options.maxQuotes(), quotes);
      }
    }
  }
}
