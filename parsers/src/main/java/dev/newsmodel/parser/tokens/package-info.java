/** Internal: the token stage. Not API. */
@NullMarked
package dev.newsmodel.parser.tokens;

import org.jspecify.annotations.NullMarked;
