/** Internal: word lists shipped as resources. Not API. */
@NullMarked
package dev.newsmodel.parser.lexicon;

import org.jspecify.annotations.NullMarked;
