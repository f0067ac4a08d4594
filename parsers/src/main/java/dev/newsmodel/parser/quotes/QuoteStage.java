package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.Quote;
import dev.newsmodel.parser.doc.Document;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The quotes stage: quotations in marks (direct and partial) and reported speech without marks
 * (indirect), each attributed to a speaker through a reporting cue in its sentence ("…,” Wang said;
 * X told Y that …; according to X, …), through the heading it stands in ("Name: ‘…’"), or through
 * the quote before it. Quotes nobody says (scare quotes, titles) are left out. Reads the token,
 * sentence and persons layers; writes the quotes and organizations layers. Stateless and
 * thread-safe.
 *
 * <p>The work is done by package classes, in this order: {@link MarkedQuotes} (quotes in marks,
 * attributed by {@link MarkedQuoteAttribution}), {@link IndirectQuotes} (reported speech in the
 * sentences no quote in marks stands in), then {@link SpeakerCarryOver} (speakers for the quotes
 * whose own words name none). {@link CueFinder} finds the cues and {@link SpeakerPhrases} the
 * speaker phrases for all of them.
 */
public final class QuoteStage {
  /** Finds the quotes of {@code document} and stores them in it. */
  public void apply(Document document) {
    String text = document.text();
    TextLayers layers = new TextLayers(text, document.tokens(), document.sentences());
    Speakers speakers = new Speakers(text, document.persons());
    CueFinder cues = new CueFinder(layers.tokens());
    SpeakerPhrases phrases = new SpeakerPhrases(layers, speakers);

    BitSet quotedSentences = new BitSet();
    List<QuoteDraft> drafts =
        new MarkedQuotes(layers, speakers, document.sections(), cues, phrases)
            .find(quotedSentences);
    drafts.addAll(new IndirectQuotes(layers, cues, phrases).find(quotedSentences));
    drafts.sort(Comparator.comparingInt(d -> d.start));

    SpeakerCarryOver carryOver = new SpeakerCarryOver(layers, speakers, phrases, drafts);
    carryOver.carryOver();
    carryOver.giveSectionSpeakers();

    List<Quote> quotes = new ArrayList<>();
    for (QuoteDraft draft : drafts) {
      quotes.add(draft.toQuote("q" + (quotes.size() + 1), text));
    }
    document.quotes(quotes);
    document.organizations(speakers.organizations());
  }
}
