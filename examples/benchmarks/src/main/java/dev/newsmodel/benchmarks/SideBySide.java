package dev.newsmodel.benchmarks;

import java.lang.reflect.Method;
import java.net.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

/**
 * Compares builds of the library on the corpus in one JVM: each jar (a {@code benchmarks.jar}) in a
 * class loader of its own, the builds and jsoup's parse taking turns page by page, so that a slow
 * spell of a shared machine weighs on all alike. Prints each round's full pipeline over jsoup's
 * parse (or, with {@code text}, plain-text MB/s) for every jar, and the medians.
 *
 * <pre>
 * java -cp examples/benchmarks/target/benchmarks.jar dev.newsmodel.benchmarks.SideBySide \
 *     OLD/benchmarks.jar NEW/benchmarks.jar 5 [text]
 * </pre>
 */
public final class SideBySide {
  private SideBySide() {}

  /** One build, read through reflection from its own class loader. */
  private static final class P {
    final Object parser;
    final Method parse, parseText, text, jparse, body, etext;

    P(String jar) throws Exception {
      ClassLoader l =
          new URLClassLoader(
              new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> np = l.loadClass("dev.newsmodel.parser.NewsParser");
      parser = np.getMethod("create").invoke(null);
      parse = np.getMethod("parse", byte[].class, java.nio.charset.Charset.class, String.class);
      parseText = np.getMethod("parseText", String.class);
      text = l.loadClass("dev.newsmodel.model.Article").getMethod("text");
      Class<?> js = l.loadClass("org.jsoup.Jsoup");
      jparse = js.getMethod("parse", java.io.InputStream.class, String.class, String.class);
      Class<?> doc = l.loadClass("org.jsoup.nodes.Document");
      body = doc.getMethod("body");
      etext = l.loadClass("org.jsoup.nodes.Element").getMethod("text");
    }

    int html(byte[] p) throws Exception {
      return ((String) text.invoke(parse.invoke(parser, p, null, "https://example.com/"))).length();
    }

    int plain(String s) throws Exception {
      return ((String) text.invoke(parseText.invoke(parser, s))).length();
    }

    int jsoup(byte[] p) throws Exception {
      return ((String)
              etext.invoke(
                  body.invoke(
                      jparse.invoke(
                          null,
                          new java.io.ByteArrayInputStream(p),
                          null,
                          "https://example.com/"))))
          .length();
    }
  }

  /** Jars, then the number of rounds, then {@code text} for plain text. */
  public static void main(String[] a) throws Exception {
    List<byte[]> pages = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Corpus.DEFAULT)) {
      for (Path p :
          s.filter(p -> p.toString().endsWith(".html.gz")).sorted().collect(Collectors.toList()))
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(p))) {
          pages.add(in.readAllBytes());
        }
    }
    boolean text = a[a.length - 1].equals("text");
    int nj = a.length - (text ? 2 : 1);
    int rounds = Integer.parseInt(a[nj]);
    P[] ps = new P[nj];
    for (int k = 0; k < nj; k++) ps[k] = new P(a[k]);
    P o = ps[0];
    List<String> bodies = new ArrayList<>();
    if (text) {
      for (byte[] p : pages) {
        String b = (String) o.text.invoke(o.parse.invoke(o.parser, p, null, ""));
        if (!b.isEmpty()) bodies.add(b);
      }
    }
    long mb = 0;
    for (String b : bodies) mb += b.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    for (int w = 0; w < 2; w++) {
      if (!text)
        for (byte[] p : pages) {
          for (P q : ps) q.html(p);
          o.jsoup(p);
        }
      if (text) for (String b : bodies) for (P q : ps) q.plain(b);
    }
    double[][] res = new double[nj][rounds];
    for (int r = 0; r < rounds; r++) {
      long[] t = new long[nj];
      long tj = 0;
      int items = text ? bodies.size() : pages.size();
      for (int i = 0; i < items; i++) {
        if (!text) {
          long t0 = System.nanoTime();
          o.jsoup(pages.get(i));
          tj += System.nanoTime() - t0;
        }
        for (int kk = 0; kk < nj; kk++) {
          int k = (kk + i + r) % nj;
          long t0 = System.nanoTime();
          if (text) ps[k].plain(bodies.get(i));
          else ps[k].html(pages.get(i));
          t[k] += System.nanoTime() - t0;
        }
      }
      StringBuilder line = new StringBuilder("round " + r + ":");
      for (int k = 0; k < nj; k++) {
        res[k][r] = text ? mb * 1e3 / t[k] : (double) t[k] / tj;
        line.append(String.format(" [%d] %.3f (x%.3f of [0])", k, res[k][r], (double) t[k] / t[0]));
      }
      System.out.println(line + (text ? " MB/s" : " of jsoup"));
    }
    StringBuilder line = new StringBuilder("median:");
    for (int k = 0; k < nj; k++) {
      double[] c = res[k].clone();
      Arrays.sort(c);
      line.append(String.format(" [%d] %.3f", k, c[rounds / 2]));
    }
    System.out.println(line);
  }
}
