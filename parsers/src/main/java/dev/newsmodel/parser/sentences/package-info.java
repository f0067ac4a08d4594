/** Internal: the sentence stage. Not API. */
@NullMarked
package dev.newsmodel.parser.sentences;

import org.jspecify.annotations.NullMarked;
