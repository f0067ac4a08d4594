package dev.newsmodel.spark;

import dev.newsmodel.warc.HtmlPage;
import dev.newsmodel.warc.WarcPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.util.LongAccumulator;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * Parses the WARC files of one partition, lazily: one file open at a time, one page in memory at a
 * time, so a partition of large files streams through.
 */
final class WarcPartition
    implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, ParsedPage> {
  private static final long serialVersionUID = 1L;

  private final Counters counters;
  private final long maxPageBytes;

  WarcPartition(Counters counters, long maxPageBytes) {
    this.counters = counters;
    this.maxPageBytes = maxPageBytes;
  }

  @Override
  public Iterator<ParsedPage> call(Iterator<Tuple2<String, PortableDataStream>> files) {
    PageParser parser = new PageParser();
    return new Iterator<>() {
      private @Nullable WarcPages pages;
      private String source = "";
      private long skippedBefore;
      private @Nullable ParsedPage next;

      @Override
      public boolean hasNext() {
        try {
          while (next == null) {
            if (pages != null && pages.hasNext()) {
              HtmlPage page = pages.next();
              counters.pages().add(1);
              Optional<ParsedPage> parsed =
                  parser.parse(
                      source,
                      page.url(),
                      page.fetchedAt(),
                      page.body(),
                      page.charset().orElse(null));
              if (parsed.isPresent()) {
                next = parsed.get();
              } else {
                counters.failed().add(1);
              }
              continue;
            }
            closeCurrent();
            if (!files.hasNext()) {
              return false;
            }
            Tuple2<String, PortableDataStream> file = files.next();
            source = file._1();
            pages = WarcPages.open(file._2().open(), maxPageBytes);
            skippedBefore = 0;
          }
          return true;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      private void closeCurrent() throws IOException {
        if (pages != null) {
          counters.skipped().add(pages.skipped() - skippedBefore);
          pages.close();
          pages = null;
        }
      }

      @Override
      public ParsedPage next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ParsedPage page = next;
        next = null;
        return page;
      }
    };
  }

  /** The job's counters, shared by all tasks. */
  record Counters(LongAccumulator pages, LongAccumulator skipped, LongAccumulator failed)
      implements java.io.Serializable {}
}
