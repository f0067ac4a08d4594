package dev.newsmodel.parser;

import dev.newsmodel.model.Article;
import dev.newsmodel.parser.doc.Document;
import dev.newsmodel.parser.doc.Draft;
import dev.newsmodel.parser.doc.Laps;
import dev.newsmodel.parser.meetings.MeetingStage;
import dev.newsmodel.parser.persons.PersonStage;
import dev.newsmodel.parser.quotes.QuoteStage;
import dev.newsmodel.parser.sentences.SentenceSplitter;
import dev.newsmodel.parser.tokens.Tokenizer;

/**
 * The stages after the reader, in order. Each reads the layers of the ones before it and adds its
 * own; none changes the text once {@link Document#of} has fixed it.
 *
 * <ol>
 *   <li>skeleton: body text, sections, paragraphs ({@link Document#of})
 *   <li>tokens ({@link Tokenizer})
 *   <li>sentences ({@link SentenceSplitter})
 *   <li>persons: names, roles, coreference ({@link PersonStage}); organizations to come
 *   <li>quotes: marks, reported speech and attribution ({@link QuoteStage})
 *   <li>meetings: events, participants, merging, places and dates ({@link MeetingStage})
 * </ol>
 */
final class Pipeline {
  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
  private final PersonStage persons = new PersonStage();
  private final QuoteStage quotes = new QuoteStage();
  private final MeetingStage meetings = new MeetingStage();
  private final ParserOptions options;

  Pipeline(ParserOptions options) {
    this.options = options;
  }

  Article run(Draft draft, Laps laps) {
    Document document = Document.of(draft);
    laps.lap("skeleton");
    document.tokens(tokenizer.tokenize(document.text()));
    laps.lap("tokens");
    document.sentences(sentenceSplitter.split(document.text(), document.tokens()));
    laps.lap("sentences");
    persons.apply(document);
    laps.lap("persons");
    if (document.persons().size() > options.maxPersons()) {
      throw new LimitExceededException(
          "maxPersons", options.maxPersons(), document.persons().size());
    }
    quotes.apply(document);
    laps.lap("quotes");
    if (document.quotes().size() > options.maxQuotes()) {
      throw new LimitExceededException("maxQuotes", options.maxQuotes(), document.quotes().size());
    }
    meetings.apply(document);
    laps.lap("meetings");
    Article article = document.toArticle();
    laps.lap("model");
    return article;
  }
}
