/**
 * The immutable news article model: {@link dev.newsmodel.model.Article} and the types it holds,
 * with their JSON form ({@link dev.newsmodel.model.ArticleJson}).
 *
 * <p>Exports {@code dev.newsmodel.model} alone. Jackson reads and writes the model by reflection,
 * hence the package is open to {@code com.fasterxml.jackson.databind}. The Immutables annotations
 * are needed at compile time only ({@code requires static}); the generated classes carry none of
 * them.
 */
@SuppressWarnings({
  // value-annotations has no module-info, only an Automatic-Module-Name; it is read at compile
  // time alone (requires static), so its lack of a module descriptor is not seen by users.
  "requires-automatic"
})
module dev.newsmodel.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  // Compile time only: users' builds neither need nor see the Immutables annotations (the generated
  // classes carry none; see the pom for the "exports" lint this implies).
  requires static org.immutables.value.annotations;
  // Nullness annotations on the public API, for users' nullness checkers.
  requires transitive org.jspecify;

  exports dev.newsmodel.model;

  opens dev.newsmodel.model to
      com.fasterxml.jackson.databind;
}
