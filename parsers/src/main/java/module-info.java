/**
 * Parses news articles, HTML pages or plain text, into the {@code dev.newsmodel.core} model.
 *
 * <p>Exports {@code dev.newsmodel.parser} alone ({@link dev.newsmodel.parser.NewsParser} and its
 * options); the pipeline's stages live in internal packages that may change in any release.
 */
@SuppressWarnings({
  // value-annotations has no module-info, only an Automatic-Module-Name; it is read at compile
  // time alone (requires static), so its lack of a module descriptor is not seen by users.
  "requires-automatic"
})
module dev.newsmodel.parsers {
  requires transitive dev.newsmodel.core;
  requires org.jsoup;
  // Language identification; an automatic module (its jar has no module descriptor).
  requires language.detector;
  requires com.fasterxml.jackson.databind;
  // Compile time only: users' builds neither need nor see the Immutables annotations (the generated
  // classes carry none; see the pom for the "exports" lint this implies).
  requires static org.immutables.value.annotations;
  // Nullness annotations on the public API, for users' nullness checkers.
  requires transitive org.jspecify;

  exports dev.newsmodel.parser;
}
