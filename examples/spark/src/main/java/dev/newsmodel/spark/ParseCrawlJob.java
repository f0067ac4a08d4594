package dev.newsmodel.spark;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * Parses a crawl on Spark. Input: WARC files (each HTML response record is a page) or JSON Lines of
 * {@code {"url", "html", "fetchedAt"}}. Output, under {@code --output}: {@code articles/} (JSON
 * Lines, one article per line, as {@code newsmodel parse} prints them), {@code parquet/} (the same
 * articles as Parquet, schema inferred from the JSON) and {@code speakers/} (CSV: speaker, quotes,
 * most quoted first).
 *
 * <p>Each partition builds one parser and streams its files through it; the job never holds a whole
 * WARC file in memory.
 */
@Command(
    name = "newsmodel-spark",
    mixinStandardHelpOptions = true,
    description = "Parses WARC files or JSON Lines of HTML into articles, on Apache Spark.")
public final class ParseCrawlJob implements Callable<Integer> {

  /** How the input is read. */
  enum InputFormat {
    /** Decide by file name: .jsonl and .json (optionally gzipped) are JSON Lines, else WARC. */
    auto,
    warc,
    jsonl
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "WARC or JSON Lines files, globs.")
  List<String> inputs = List.of();

  @Option(names = "--output", required = true, description = "Folder for the results (replaced).")
  String output = "";

  @Option(names = "--input-format", defaultValue = "auto", description = "auto, warc or jsonl.")
  InputFormat format = InputFormat.auto;

  @Option(names = "--no-parquet", negatable = true, description = "Skip the Parquet copy.")
  boolean parquet = true;

  @Option(
      names = "--max-page-bytes",
      defaultValue = "33554432",
      description = "Pages larger than this are skipped (default: ${DEFAULT-VALUE}).")
  long maxPageBytes;

  @Option(names = "--master", description = "Spark master, for runs outside spark-submit.")
  @Nullable String master;

  /** Runs the job from the command line (or spark-submit) and exits with its status. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new ParseCrawlJob()).execute(args));
  }

  @Override
  public Integer call() {
    SparkSession.Builder builder = SparkSession.builder().appName("newsmodel");
    if (master != null) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    try {
      Totals totals = run(spark);
      System.err.printf(
          Locale.ROOT,
          "newsmodel: %d pages parsed, %d failed, %d other records skipped%n",
          totals.pages() - totals.failed(),
          totals.failed(),
          totals.skipped());
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** What the job counted. */
  record Totals(long pages, long failed, long skipped) {}

  /** Runs the job in the given session and returns its counts. */
  Totals run(SparkSession spark) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    WarcPartition.Counters counters =
        new WarcPartition.Counters(
            context.sc().longAccumulator("pages"),
            context.sc().longAccumulator("skipped"),
            context.sc().longAccumulator("failed"));
    String paths = String.join(",", inputs);
    JavaRDD<ParsedPage> parsed =
        isJsonLines()
            ? context.textFile(paths).mapPartitions(new JsonLinesPartition(counters, paths))
            : context.binaryFiles(paths).mapPartitions(new WarcPartition(counters, maxPageBytes));
    parsed.persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<String> articles =
        spark.createDataset(parsed.map(ParsedPage::json).rdd(), Encoders.STRING());
    articles.write().mode(SaveMode.Overwrite).text(output + "/articles");
    if (parquet) {
      spark.read().json(articles).write().mode(SaveMode.Overwrite).parquet(output + "/parquet");
    }
    writeSpeakers(spark, parsed);
    parsed.unpersist();
    return new Totals(
        counters.pages().value(), counters.failed().value(), counters.skipped().value());
  }

  private boolean isJsonLines() {
    if (format != InputFormat.auto) {
      return format == InputFormat.jsonl;
    }
    return inputs.stream()
        .map(path -> path.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", ""))
        .allMatch(path -> path.endsWith(".jsonl") || path.endsWith(".json"));
  }

  /** Quotes per speaker across the corpus, most quoted first, as one CSV file with a header. */
  private void writeSpeakers(SparkSession spark, JavaRDD<ParsedPage> parsed) {
    JavaRDD<Row> rows =
        parsed
            .flatMap(page -> page.speakers().iterator())
            .mapToPair(name -> new Tuple2<>(name, 1L))
            .reduceByKey(Long::sum)
            .map(pair -> RowFactory.create(pair._1(), pair._2()));
    StructType schema =
        new StructType()
            .add("speaker", DataTypes.StringType, false)
            .add("quotes", DataTypes.LongType, false);
    spark
        .createDataFrame(rows, schema)
        .orderBy(
            org.apache.spark.sql.functions.col("quotes").desc(),
            org.apache.spark.sql.functions.col("speaker"))
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .option("header", true)
        .csv(output + "/speakers");
  }
}
