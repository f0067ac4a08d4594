package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.Quote;
import dev.newsmodel.parser.doc.Document;
import dev.newsmodel.parser.doc.Layer;
import dev.newsmodel.parser.doc.Stage;
import dev.newsmodel.parser.lexicon.Language;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The quotes stage: quotations in marks (direct and partial) and reported speech without marks
 * (indirect), each attributed to a speaker through a reporting cue in its sentence ("…,” Roe said;
 * X told Y that …; according to X, …), through the heading it stands in ("Name: ‘…’"), or through
 * the quote before it. Quotes nobody says (scare quotes, titles) are left out. Reads the token,
 * sentence and entities layers; writes the quotes layer and adds the organizations that speak to
 * the entities. Stateless and thread-safe.
 *
 * <p>The work is done by package classes, in this order: {@link MarkedQuotes} (quotes in marks,
 * attributed by {@link MarkedQuoteAttribution}), {@link IndirectQuotes} (reported speech in the
 * sentences no quote in marks stands in), then {@link SpeakerCarryOver} (speakers for the quotes
 * whose own words name none). {@link CueFinder} finds the cues and {@link SpeakerPhrases} the
 * speaker phrases for all of them.
 */
public final class QuoteStage implements Stage {
  private final QuoteWords words;
  private final Cues cues;
  private final Phrases nounPhrases;
  private final IndirectWords indirectWords;

  /**
   * A quotes stage reading the words of {@code language}; tags the lists it asks about every token
   * in the bundle, so it is made before the bundle is frozen.
   */
  public QuoteStage(Language language) {
    this.words = new QuoteWords(language);
    this.cues = new Cues(words);
    this.nounPhrases = new Phrases(words, cues);
    this.indirectWords = new IndirectWords(language);
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layer.QUOTES);
  }

  /** Finds the quotes of {@code document}, adding the organizations that speak to its entities. */
  @Override
  public void apply(Document document) {
    String text = document.text();
    TextLayers layers = new TextLayers(text, document.tokens(), document.sentences());
    Speakers speakers = new Speakers(text, document.entities(), words);
    CueFinder cueFinder = new CueFinder(layers.tokens(), cues, words);
    SpeakerPhrases phrases = new SpeakerPhrases(layers, speakers, nounPhrases, words);

    BitSet quotedSentences = new BitSet();
    List<QuoteDraft> drafts =
        new MarkedQuotes(
                layers, speakers, document.sections(), cueFinder, phrases, nounPhrases, words)
            .find(quotedSentences);
    drafts.addAll(
        new IndirectQuotes(layers, cueFinder, phrases, cues, nounPhrases, words, indirectWords)
            .find(drafts));
    drafts.sort(Comparator.comparingInt(d -> d.start));

    SpeakerCarryOver carryOver = new SpeakerCarryOver(layers, speakers, phrases, drafts);
    carryOver.carryOver();
    carryOver.giveSectionSpeakers();
    new PronounSpeakers(layers, document.entities().personMentions(), words, drafts).resolve();

    List<Quote> quotes = new ArrayList<>();
    for (QuoteDraft draft : drafts) {
      quotes.add(draft.toQuote("q" + (quotes.size() + 1), text));
    }
    document.put(Layer.QUOTES, quotes);
  }
}
