package dev.newsmodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gold side of the shared quotes scorer ({@code ../shared/score/quotes.py}), in Java: the gold
 * units of one document, (a) one per quotation-mark pair and attribution and (b) one per
 * attribution, each as the letters and digits it covers (UTF-16 indexes of the gold text), with its
 * speaker, the speaker's type (name, pronoun, nominal) and its cue.
 */
final class QuoteGold {
  /** A gold unit: its content characters, kind, speaker and cue. */
  record Unit(
      BitSet chars,
      String kind,
      String speaker,
      List<int[]> speakerSpans,
      String speakerType,
      String cue,
      List<int[]> cueSpans,
      int end) {
    Unit withChars(BitSet own) {
      return new Unit(own, kind, speaker, speakerSpans, speakerType, cue, cueSpans, own.length());
    }
  }

  static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
  static final Map<String, Set<String>> WORDS = words();

  private QuoteGold() {}

  /** The units (a) and (b) of a gold document. */
  static List<List<Unit>> units(String text, JsonNode quotes) {
    Set<String> lowerWords = new HashSet<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      if (Character.isLowerCase(m.group().charAt(0))) {
        lowerWords.add(m.group());
      }
    }
    List<Unit> b = new ArrayList<>();
    Map<Integer, Map<Integer, BitSet>> perRegion = new TreeMap<>();
    int[] regions = null;
    for (JsonNode q : quotes) {
      BitSet chars = new BitSet();
      for (int[] span : spans(text, q.get("spans"), q.get("start"), q.get("end"))) {
        for (int i = span[0]; i < Math.min(span[1], text.length()); i++) {
          if (Character.isLetterOrDigit(text.charAt(i))) {
            chars.set(i);
          }
        }
      }
      if (chars.isEmpty()) {
        continue;
      }
      String speaker = textOf(q.get("speaker"));
      String cue = textOf(q.get("cue"));
      List<int[]> speakerSpans =
          speaker == null
              ? List.of()
              : spans(text, q.get("speaker_spans"), q.get("speaker_start"), q.get("speaker_end"));
      List<int[]> cueSpans =
          cue == null ? List.of() : spans(text, null, q.get("cue_start"), q.get("cue_end"));
      String kind = q.path("kind").asText("").toLowerCase(Locale.ROOT);
      b.add(
          new Unit(
              chars,
              kind,
              speaker,
              speakerSpans,
              speaker == null ? null : speakerType(speaker, lowerWords),
              cue,
              cueSpans,
              chars.length()));
      if (kind.equals("direct") || kind.equals("mixed")) {
        if (regions == null) {
          regions = quoteRegions(text);
        }
        for (int i = chars.nextSetBit(0); i >= 0; i = chars.nextSetBit(i + 1)) {
          if (regions[i] >= 0) {
            perRegion
                .computeIfAbsent(regions[i], r -> new TreeMap<>())
                .computeIfAbsent(b.size() - 1, k -> new BitSet())
                .set(i);
          }
        }
      }
    }
    List<Unit> a = new ArrayList<>();
    for (Map<Integer, BitSet> contrib : perRegion.values()) {
      // a nested attribution (>= 90% inside a larger one of the same pair) is no unit
      List<Integer> order = new ArrayList<>(contrib.keySet());
      order.sort((x, y) -> contrib.get(y).cardinality() - contrib.get(x).cardinality());
      BitSet kept = new BitSet();
      for (int k : order) {
        BitSet own = contrib.get(k);
        BitSet common = (BitSet) own.clone();
        common.and(kept);
        if (common.cardinality() >= 0.9 * own.cardinality()) {
          continue;
        }
        kept.or(own);
        a.add(b.get(k).withChars(own));
      }
    }
    return List.of(a, b);
  }

  /**
   * The region of each character strictly inside a pair of quotation marks, -1 outside: double
   * marks toggle (“ and « » open or close), ” only closes, „ only opens; a single ‘ opens outside a
   * double pair and ’ closes it before a non-letter; a line break resets.
   */
  static int[] quoteRegions(String text) {
    int[] reg = new int[text.length()];
    java.util.Arrays.fill(reg, -1);
    int rid = -1;
    boolean openD = false;
    boolean openS = false;
    int cur = -1;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        openD = openS = false;
        cur = -1;
        continue;
      }
      if (ch == '\u201e') {
        if (!openD) {
          cur = ++rid;
        }
        openD = true;
        continue;
      }
      if (ch == '\u201d') {
        if (openD) {
          openD = false;
          if (!openS) {
            cur = -1;
          }
        }
        continue;
      }
      if (ch == '"' || ch == '\u201c' || ch == '\u00ab' || ch == '\u00bb' || ch == '\u201f') {
        if (openD) {
          openD = false;
          if (!openS) {
            cur = -1;
          }
        } else {
          openD = true;
          if (!openS) {
            cur = ++rid;
          }
        }
        continue;
      }
      if (ch == '\u2018' && !openD && !openS) {
        openS = true;
        cur = ++rid;
        continue;
      }
      if (ch == '\u2019' && openS && !openD) {
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (!Character.isLetter(next)) {
          openS = false;
          cur = -1;
          continue;
        }
      }
      if (openD || openS) {
        reg[i] = cur;
      }
    }
    return reg;
  }

  /** The gold speaker's type: name, pronoun or nominal (the scorer's heuristic). */
  static String speakerType(String speaker, Set<String> lowerWords) {
    List<String> tokens = tokens(speaker);
    if (tokens.isEmpty()) {
      return "other";
    }
    if (tokens.size() <= 2
        && tokens.stream().allMatch(t -> WORDS.get("pronouns").contains(fold(t)))) {
      return "pronoun";
    }
    for (String part : speaker.split("[,;()\u2013\u2014]")) {
      List<String> head = new ArrayList<>();
      for (String t : tokens(part)) {
        if (WORDS.get("prepositions").contains(fold(t)) && !head.isEmpty()) {
          break;
        }
        head.add(t);
      }
      if (head.isEmpty()) {
        continue;
      }
      String h = head.get(head.size() - 1);
      String low = fold(h);
      if (Character.isUpperCase(h.charAt(0))
          && !WORDS.get("pronouns").contains(low)
          && !WORDS.get("determiners").contains(low)) {
        return tokens.size() == 1 && lowerWords.contains(low) ? "nominal" : "name";
      }
    }
    return "nominal";
  }

  /** The capitalised words of a text that may tell a speaker, lower case. */
  static Set<String> capTokens(String text) {
    Set<String> caps = new HashSet<>();
    for (String t : tokens(text)) {
      if (Character.isUpperCase(t.charAt(0))
          && t.length() > 1
          && !WORDS.get("stop-caps").contains(fold(t))
          && !WORDS.get("pronouns").contains(fold(t))
          && !WORDS.get("determiners").contains(fold(t))) {
        caps.add(fold(t));
      }
    }
    return caps;
  }

  /** The letter and digit runs of a text. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text != null) {
      Matcher m = TOKEN.matcher(text);
      while (m.find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  static String fold(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  private static String textOf(JsonNode node) {
    return node == null || node.isNull() || node.asText().isEmpty() ? null : node.asText();
  }

  /** Spans as UTF-16 offsets: the list when given, else {start, end}; code points in the gold. */
  private static List<int[]> spans(String text, JsonNode list, JsonNode start, JsonNode end) {
    List<int[]> out = new ArrayList<>();
    if (list != null && list.isArray() && !list.isEmpty()) {
      for (JsonNode span : list) {
        out.add(new int[] {utf16(text, span.get(0).asInt()), utf16(text, span.get(1).asInt())});
      }
    } else if (start != null && !start.isNull() && end != null && !end.isNull()) {
      out.add(new int[] {utf16(text, start.asInt()), utf16(text, end.asInt())});
    }
    return out;
  }

  static int utf16(String text, int codePoints) {
    int n = text.codePointCount(0, text.length());
    return text.offsetByCodePoints(0, Math.max(0, Math.min(codePoints, n)));
  }

  private static Map<String, Set<String>> words() {
    Map<String, Set<String>> lists = new HashMap<>();
    try (InputStream in = QuoteGold.class.getResourceAsStream("quote-scorer-words.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int colon = line.indexOf(':');
        if (!line.startsWith("#") && colon > 0) {
          lists.put(
              line.substring(0, colon).strip(),
              new HashSet<>(List.of(line.substring(colon + 1).strip().split("\\s+"))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lists;
  }
}
