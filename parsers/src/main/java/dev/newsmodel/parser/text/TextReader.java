package dev.newsmodel.parser.text;

import dev.newsmodel.model.RelatedLink;
import dev.newsmodel.parser.doc.Block;
import dev.newsmodel.parser.doc.Draft;
import dev.newsmodel.parser.lexicon.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an article pasted as plain text: finds the headline, standfirst, byline and date lines at
 * its head, drops page furniture, moves "Read also" lines to related links, and tells section
 * headings from paragraphs. Immutable and thread-safe.
 */
public final class TextReader {
  /** How many lines at the head may hold the title, standfirst, byline and date. */
  private static final int HEAD_LINES = 8;

  private final TextWords words;
  private final Bylines bylines;
  private final DateLines dateLines;
  private final Furniture furniture;
  private final RelatedLinks relatedLinks;
  private final LineSplitter lineSplitter;

  /**
   * A reader of the bylines, dates, furniture and related-link lines written in {@code language}'s
   * words (the English bundle's: the language of a text is known only once it is read).
   */
  public TextReader(Language language) {
    this.words = new TextWords(language);
    this.bylines = new Bylines(words);
    this.dateLines = new DateLines(words);
    this.furniture = new Furniture(words);
    this.relatedLinks = new RelatedLinks(words);
    this.lineSplitter = new LineSplitter(bylines, dateLines, furniture, relatedLinks);
  }

  /** Reads {@code input} into a draft. */
  public Draft read(String input) {
    Draft draft = new Draft();
    List<String> lines = withoutFurniture(lineSplitter.logicalLines(input), draft.relatedLinks());
    addBlocks(readHead(lines, draft), draft.blocks());
    return draft;
  }

  /** Drops furniture (and a table of contents' entries); moves related-link lines aside. */
  private List<String> withoutFurniture(List<String> lines, List<RelatedLink> links) {
    List<String> kept = new ArrayList<>(lines.size());
    java.util.Map<String, Integer> lastIndex = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (furniture.isTableOfContents(line)) {
        if (lastIndex == null) {
          lastIndex = lastIndexOfEachLine(lines);
        }
        i = skipContentsEntries(lines, i + 1, lastIndex) - 1;
        continue;
      }
      if (furniture.is(line)) {
        continue;
      }
      Optional<RelatedLink> link = relatedLinks.parse(line);
      if (link.isPresent()) {
        links.add(link.get());
      } else {
        kept.add(line);
      }
    }
    return kept;
  }

  /**
   * After a contents line, skips its entries: the longest run of heading-like lines that all come
   * again later in the text.
   */
  private static int skipContentsEntries(
      List<String> lines, int from, java.util.Map<String, Integer> lastIndex) {
    int run = from;
    while (run < lines.size() && Lines.isHeadingLike(lines.get(run))) {
      run++;
    }
    for (int end = run; end > from; end--) {
      boolean all = true;
      for (int k = from; k < end && all; k++) {
        // the entry comes again at or after end
        all = lastIndex.getOrDefault(lines.get(k).toLowerCase(Locale.ROOT), -1) >= end;
      }
      if (all) {
        return end;
      }
    }
    return from;
  }

  /** Each line, in lower case, with the index where it last occurs. */
  private static java.util.Map<String, Integer> lastIndexOfEachLine(List<String> lines) {
    java.util.Map<String, Integer> last = new java.util.HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      last.put(lines.get(i).toLowerCase(Locale.ROOT), i);
    }
    return last;
  }

  /**
   * Reads byline and date lines from the head of the text, then the title and standfirst (the lines
   * before the first byline or date line); returns the remaining body lines.
   */
  private List<String> readHead(List<String> lines, Draft draft) {
    int head = Math.min(HEAD_LINES, lines.size());
    List<String> body = new ArrayList<>(lines.size());
    int linesBeforeMeta = -1;
    boolean dateIsUpdate = false;
    for (int i = 0; i < head; i++) {
      String line = lines.get(i);
      Optional<Bylines.Byline> byline = bylines.parse(line);
      Optional<String> date = byline.isPresent() ? Optional.empty() : dateLines.parseLine(line);
      if (byline.isEmpty() && date.isEmpty()) {
        body.add(line);
        continue;
      }
      if (linesBeforeMeta < 0) {
        linesBeforeMeta = body.size();
      }
      if (byline.isPresent()) {
        if (draft.authors().isEmpty()) {
          draft.authors().addAll(byline.get().authors());
        }
        date = byline.get().date();
      }
      boolean update = line.toLowerCase(Locale.ROOT).contains(words.updateMarker);
      if (date.isPresent() && (draft.publishedAt().isEmpty() || (dateIsUpdate && !update))) {
        draft.publishedAt(date.get());
        dateIsUpdate = update;
      }
    }
    body.addAll(lines.subList(head, lines.size()));
    if (body.size() > 1 && Lines.isTitleLike(body.get(0))) {
      draft.title(body.remove(0));
      if (linesBeforeMeta == 2 && body.size() > 1) {
        draft.description(body.remove(0));
      }
    }
    return body;
  }

  /** A heading-like line between two paragraphs is a heading; runs of short lines stay a list. */
  private static void addBlocks(List<String> lines, List<Block> blocks) {
    int n = lines.size();
    boolean[] headingLike = new boolean[n];
    for (int i = 0; i < n; i++) {
      headingLike[i] = Lines.isHeadingLike(lines.get(i));
    }
    for (int i = 0; i < n; i++) {
      boolean heading =
          headingLike[i] && i + 1 < n && !headingLike[i + 1] && (i == 0 || !headingLike[i - 1]);
      blocks.add(heading ? Block.heading(lines.get(i), 2) : Block.paragraph(lines.get(i)));
    }
  }
}
