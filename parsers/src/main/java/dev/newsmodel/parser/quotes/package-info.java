/**
 * Internal: the quotes stage, which finds quotations (quote marks and reported speech) and
 * attributes them to a speaker, with the reporting cue and the addressee. Not API.
 */
@NullMarked
package dev.newsmodel.parser.quotes;

import org.jspecify.annotations.NullMarked;
