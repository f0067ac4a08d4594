/**
 * Internal: the plain-text reader, which finds the title, byline, date, headings, paragraphs, page
 * furniture and related links in text pasted from a web page. Not API.
 */
@NullMarked
package dev.newsmodel.parser.text;

import org.jspecify.annotations.NullMarked;
