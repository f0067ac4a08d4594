/**
 * Internal: which language an article is written in, from its text and what the page declares. Not
 * API.
 */
@NullMarked
package dev.newsmodel.parser.language;

import org.jspecify.annotations.NullMarked;
