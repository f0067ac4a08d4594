package dev.newsmodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsmodel.cli.QuoteGold.Unit;
import dev.newsmodel.model.Article;
import dev.newsmodel.model.Entity;
import dev.newsmodel.model.Quote;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Feeds the shared quotes scorer's definitions ({@link QuoteGold}, {@link QuoteScore}) with one
 * parsed gold document at a time: our quotes placed in the gold text through an {@link OffsetMap},
 * as letters and digits, with the speaker's names (its text, its entity's name and aliases).
 */
final class SharedScore {
  private final QuoteScore score = new QuoteScore();

  /** Scores the quotes of {@code article}, parsed from gold {@code text}. */
  void add(String text, JsonNode goldQuotes, Article article, OffsetMap offsets) {
    List<List<Unit>> units = QuoteGold.units(text, goldQuotes);
    List<Unit> a = units.get(0);
    List<Unit> b = units.get(1);
    int firstLine = text.indexOf('\n');
    if (firstLine > 0 && !article.text().contains(text.substring(0, firstLine).strip())) {
      // the first line became the title, which has no quotes: its units are left out
      a = a.stream().filter(u -> u.end() > firstLine).toList();
      b = b.stream().filter(u -> u.end() > firstLine).toList();
    }
    List<QuoteScore.Pred> preds = new ArrayList<>();
    for (Quote quote : article.quotes()) {
      preds.add(pred(text, quote, article, offsets));
    }
    score.add(a, b, preds);
  }

  private static QuoteScore.Pred pred(
      String text, Quote quote, Article article, OffsetMap offsets) {
    int[] span = offsets.span(quote.start(), quote.end());
    BitSet chars = new BitSet();
    int n = 0;
    if (span != null) {
      for (int i = span[0]; i < span[1]; i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          chars.set(i);
        }
      }
      n = chars.cardinality();
    } else {
      n = (int) quote.text().chars().filter(Character::isLetterOrDigit).count();
    }
    List<String> names = new ArrayList<>();
    int[] speaker = null;
    if (quote.speaker().isPresent()) {
      var ref = quote.speaker().get();
      speaker = offsets.span(ref.start(), ref.end());
      if (!ref.text().isEmpty()) {
        names.add(ref.text());
      }
      Optional<Entity> entity = ref.entityId().flatMap(article::entity);
      entity.ifPresent(
          e -> {
            names.add(e.name());
            names.addAll(e.aliases());
          });
    }
    int[] cue = quote.cue().map(c -> offsets.span(c.start(), c.end())).orElse(null);
    String cueText = quote.cue().map(c -> c.text()).orElse(null);
    return new QuoteScore.Pred(quote.kind().name(), chars, n, speaker, names, cue, cueText, false);
  }

  List<String> lines() {
    return score.lines();
  }
}
