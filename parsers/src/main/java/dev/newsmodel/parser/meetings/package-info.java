/**
 * Internal: the meetings stage, which finds who met whom, where, when, and whether the meeting was
 * held, is planned or was called off. Not API.
 */
@NullMarked
package dev.newsmodel.parser.meetings;

import org.jspecify.annotations.NullMarked;
