package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.EntityRef;
import dev.newsmodel.model.Quote;
import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.model.Section;
import dev.newsmodel.model.Span;

/**
 * A quote being built: its characters and kind are fixed when it is found; its speaker, cue and
 * addressee are filled in by the finder that found it and, for a quote that names no speaker, by
 * {@link SpeakerCarryOver}. Named apart from the document draft ({@code parser.doc.Draft}).
 */
final class QuoteDraft {
  final int start;
  final int end;
  final QuoteKind kind;
  EntityRef speaker;
  EntityRef addressee;

  /** The characters of the reporting cue ("said", "according to", a colon, a dash), or null. */
  CharRange cue;

  /** For a quote that is a whole heading: the section whose most quoted speaker it takes. */
  Section sectionSpeaker;

  /** A statement in marks without a cue of its own. */
  boolean floating;

  /** Reported speech that is only the noun phrase a verb of stance takes ("endorsed the mayor"). */
  boolean nounObject;

  QuoteDraft(int start, int end, QuoteKind kind) {
    this.start = start;
    this.end = end;
    this.kind = kind;
  }

  /** The quote, numbered {@code id}, with its text and cue taken from the document {@code text}. */
  Quote toQuote(String id, String text) {
    Quote.Builder quote =
        Quote.builder().id(id).text(text.substring(start, end)).kind(kind).start(start).end(end);
    if (speaker != null) {
      quote.speaker(speaker);
    }
    if (cue != null) {
      quote.cue(Span.of(text.substring(cue.start(), cue.end()), cue.start()));
    }
    if (addressee != null) {
      quote.addressee(addressee);
    }
    return quote.build();
  }
}
