/** The {@code newsmodel} command-line tool. */
@NullMarked
package dev.newsmodel.cli;

import org.jspecify.annotations.NullMarked;
