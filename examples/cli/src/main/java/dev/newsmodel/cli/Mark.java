package dev.newsmodel.cli;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Quote;
import dev.newsmodel.model.QuoteKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A stretch of a paragraph to highlight: a quote (in its speaker's colour), a cue (bold) or a
 * speaker's mention (underlined in the speaker's colour).
 */
record Mark(int start, int end, Kind kind, Quote quote, String colour) {

  /** What the stretch is; earlier kinds win where stretches overlap. */
  enum Kind {
    QUOTE,
    CUE,
    SPEAKER
  }

  /**
   * The marks within {@code [from, to)}, in text order and without overlaps: a quote that runs over
   * several paragraphs is marked in each; a stretch that overlaps an earlier one (a quote nested in
   * another, a cue inside a quote) is left out. Reported speech (INDIRECT) is marked last, in the
   * gaps the others leave, so a quote in marks inside it (a mixed quote) keeps its own mark.
   */
  static List<Mark> inside(Article article, int from, int to, Palette palette) {
    List<Mark> kept = new ArrayList<>();
    int reached = from;
    for (Mark mark : marks(article, from, to, palette, false)) {
      if (mark.start() >= reached) {
        kept.add(mark);
        reached = mark.end();
      }
    }
    for (Mark mark : marks(article, from, to, palette, true)) {
      kept.addAll(gaps(mark, kept));
    }
    kept.sort(Comparator.comparingInt(Mark::start));
    return kept;
  }

  /** The marks of the reported-speech quotes ({@code indirect}) or of all others, sorted. */
  private static List<Mark> marks(
      Article article, int from, int to, Palette palette, boolean indirect) {
    List<Mark> all = new ArrayList<>();
    for (Quote quote : article.quotes()) {
      if ((quote.kind() == QuoteKind.INDIRECT) != indirect) {
        continue;
      }
      String colour = palette.of(quote);
      add(all, quote.start(), quote.end(), from, to, Kind.QUOTE, quote, colour);
      quote
          .cue()
          .ifPresent(cue -> add(all, cue.start(), cue.end(), from, to, Kind.CUE, quote, colour));
      quote
          .speaker()
          .filter(speaker -> speaker.entityId().isPresent())
          .ifPresent(s -> add(all, s.start(), s.end(), from, to, Kind.SPEAKER, quote, colour));
    }
    all.sort(Comparator.comparingInt(Mark::start).thenComparing(Mark::kind));
    return all;
  }

  /** The pieces of {@code mark} that no mark of {@code taken} covers (cues and speakers whole). */
  private static List<Mark> gaps(Mark mark, List<Mark> taken) {
    List<Mark> pieces = new ArrayList<>();
    int s = mark.start();
    List<Mark> sorted = new ArrayList<>(taken);
    sorted.sort(Comparator.comparingInt(Mark::start));
    for (Mark t : sorted) {
      if (t.end() <= s || t.start() >= mark.end()) {
        continue;
      }
      if (mark.kind() != Kind.QUOTE) {
        return List.of(); // a cue or speaker already shown, or inside another mark
      }
      if (t.start() > s) {
        pieces.add(new Mark(s, t.start(), mark.kind(), mark.quote(), mark.colour()));
      }
      s = Math.max(s, t.end());
    }
    if (s < mark.end()) {
      pieces.add(new Mark(s, mark.end(), mark.kind(), mark.quote(), mark.colour()));
    }
    return pieces;
  }

  private static void add(
      List<Mark> marks, int start, int end, int from, int to, Kind kind, Quote quote, String c) {
    int s = Math.max(start, from);
    int e = Math.min(end, to);
    if (s < e) {
      marks.add(new Mark(s, e, kind, quote, c));
    }
  }

  /** The element that shows this stretch of {@code text}. */
  Element element(String text) {
    String words = text.substring(start, end);
    return switch (kind) {
      case QUOTE ->
          new Element("mark")
              .addClass("quote")
              .addClass(quote.kind().name().toLowerCase(java.util.Locale.ROOT))
              .attr("data-quote", quote.id())
              .attr("data-speaker", Palette.speakerId(quote).orElse(""))
              .attr("style", "background-color:" + colour)
              .text(words);
      case CUE -> new Element("b").addClass("cue").attr("data-quote", quote.id()).text(words);
      case SPEAKER ->
          new Element("u")
              .addClass("speaker")
              .attr("data-quote", quote.id())
              .attr("style", "text-decoration-color:" + colour)
              .text(words);
    };
  }
}
