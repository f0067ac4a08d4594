/**
 * The immutable news article model.
 *
 * <p>An {@link dev.newsmodel.model.Article} holds the body text of a news article and every layer
 * that was extracted from it: sections and paragraphs, persons and organizations with their
 * mentions, quotes and meetings. Every extracted fact points back to the body text through UTF-16
 * offsets ({@code start} inclusive, {@code end} exclusive), and {@code text.substring(start, end)}
 * equals the fact's own text; {@link dev.newsmodel.model.Article} checks this when it is built.
 *
 * <p>All types are immutable and thread-safe. Build them with their {@code builder()}, copy them
 * with {@code withX(...)} methods, and read or write JSON with {@link
 * dev.newsmodel.model.ArticleJson}. Collections are never null; a single absent value is an empty
 * {@link java.util.Optional}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    // The generated classes carry no classpath-detected annotations: without this, each one has
    // @org.immutables.value.Generated, whose class users do not have ("Cannot find annotation
    // method" warnings when they compile). An empty list would allow all, hence Override.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
@NullMarked
package dev.newsmodel.model;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
