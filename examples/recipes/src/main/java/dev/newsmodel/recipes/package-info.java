/**
 * Example programs built on newsmodel, each a {@code main} runnable from {@code recipes.jar}:
 * {@code java -jar recipes.jar RECIPE ...} (see {@link dev.newsmodel.recipes.Recipes}): {@link
 * dev.newsmodel.recipes.WhoSaidWhat}, {@link dev.newsmodel.recipes.WhoMetWhom} and {@link
 * dev.newsmodel.recipes.ToJsonLd}.
 */
@NullMarked
package dev.newsmodel.recipes;

import org.jspecify.annotations.NullMarked;
