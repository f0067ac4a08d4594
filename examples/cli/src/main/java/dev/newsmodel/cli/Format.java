package dev.newsmodel.cli;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The input format the parse command assumes; the recipes read their input by it too. */
public enum Format {
  /** Decide from the content: markup is HTML, anything else plain text. */
  auto,
  /** A web page. */
  html,
  /** Plain text, as pasted from a web page. */
  text,
  /** A WARC file (web archive): each HTML response record is one document. */
  warc;

  /** Whether a file's name says it is a WARC file ({@code .warc} or {@code .warc.gz}). */
  static boolean isWarcName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
  }

  /** The format of a document with these bytes: WARC, HTML when it opens with markup, or text. */
  public static Format detect(byte[] bytes) {
    if (dev.newsmodel.warc.WarcPages.looksLikeWarc(bytes)) {
      return warc;
    }
    int length = Math.min(bytes.length, 2048);
    String head =
        new String(bytes, 0, length, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    int start = 0;
    while (start < head.length()
        && (Character.isWhitespace(head.charAt(start)) || head.charAt(start) > 0x7f)) {
      start++; // byte-order marks and leading space
    }
    if (start >= head.length() || head.charAt(start) != '<') {
      return text;
    }
    for (String marker :
        new String[] {
          "<!doctype html",
          "<html",
          "<head",
          "<body",
          "<meta",
          "<title",
          "<div",
          "<p>",
          "<p ",
          "<article",
          "<!--"
        }) {
      if (head.contains(marker)) {
        return html;
      }
    }
    return text;
  }
}
