/** Benchmarks: JMH benchmarks of the parser and a whole-corpus speed runner. */
package dev.newsmodel.benchmarks;
