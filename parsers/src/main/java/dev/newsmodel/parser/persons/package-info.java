/**
 * Internal: the persons stage, which finds the persons an article names, merges their mentions
 * (names, role descriptions, pronouns) and attaches the roles the text gives them. Not API.
 */
@NullMarked
package dev.newsmodel.parser.persons;

import org.jspecify.annotations.NullMarked;
