/**
 * Parses news articles into the {@link dev.newsmodel.model.Article} model.
 *
 * <p>{@link dev.newsmodel.parser.NewsParser} is the entry point; {@link
 * dev.newsmodel.parser.ParserOptions} sets its limits. The sub-packages hold the pipeline's stages,
 * in order: {@code text} (reader), {@code doc} (the shared working document), {@code tokens},
 * {@code sentences}. They are internal and may change in any release.
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
package dev.newsmodel.parser;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
