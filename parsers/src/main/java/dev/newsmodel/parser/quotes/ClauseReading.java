package dev.newsmodel.parser.quotes;

/**
 * What every reader of a reported clause reads: the document's layers, the speaker and noun
 * phrases, and the words of quotes and of reported speech. Made once per document by {@link
 * CueClauses} and handed to the readers of stances, dependent clauses, evidentials and questions.
 */
record ClauseReading(
    TextLayers layers,
    SpeakerPhrases phrases,
    Phrases nounPhrases,
    QuoteWords quoteWords,
    IndirectWords words) {}
