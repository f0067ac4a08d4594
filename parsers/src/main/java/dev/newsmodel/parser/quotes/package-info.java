/**
 * Internal: the quotes stage, which finds quotations (quote marks and reported speech) and
 * attributes them to a speaker, with the reporting cue and the addressee. Its words (the cues, the
 * words of speaker phrases and of quoted names) are the {@code quotes/} lists of the language
 * bundle, read once per stage by {@code QuoteWords}. Not API.
 */
@NullMarked
package dev.newsmodel.parser.quotes;

import org.jspecify.annotations.NullMarked;
