/**
 * Reads the HTML pages of WARC files (ISO 28500 web archives), as crawlers such as CC-NEWS write.
 */
@NullMarked
package dev.newsmodel.warc;

import org.jspecify.annotations.NullMarked;
