/**
 * An Apache Spark job that parses a crawl (WARC files, or JSON Lines of HTML) into articles: JSON
 * Lines and Parquet, with a tally of quotes per speaker across the corpus.
 */
@NullMarked
package dev.newsmodel.spark;

import org.jspecify.annotations.NullMarked;
