/**
 * Internal: the HTML reader, which finds an article's metadata and main content in a web page
 * parsed by jsoup. Not API.
 */
@NullMarked
package dev.newsmodel.parser.html;

import org.jspecify.annotations.NullMarked;
