package dev.newsmodel.cli;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Quote;
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
   * another, a cue inside a quote) is left out.
   */
  static List<Mark> inside(Article article, int from, int to, Palette palette) {
    List<Mark> all = new ArrayList<>();
    for (Quote quote : article.quotes()) {
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
    List<Mark> kept = new ArrayList<>();
    int reached = from;
    for (Mark mark : all) {
      if (mark.start() >= reached) {
        kept.add(mark);
        reached = mark.end();
      }
    }
    return kept;
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
