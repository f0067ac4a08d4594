/**
 * Internal: the working document that the pipeline's stages share. Not API; it may change in any
 * release.
 *
 * <p>A reader (HTML or plain text) produces a {@link dev.newsmodel.parser.doc.Draft}: metadata and
 * body blocks. {@link dev.newsmodel.parser.doc.Document#of} lays the blocks out as the body text,
 * fixing every offset; later stages add their layers to the document and never change its text.
 */
@NullMarked
package dev.newsmodel.parser.doc;

import org.jspecify.annotations.NullMarked;
