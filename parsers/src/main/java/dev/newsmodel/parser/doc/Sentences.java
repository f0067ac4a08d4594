package dev.newsmodel.parser.doc;

/**
 * The sentence layer: sentence {@code i} covers characters {@code [start(i), end(i))} of the body
 * text and tokens {@code [firstToken(i), endToken(i))}. Sentences never cross a block.
 */
public final class Sentences {
  private final int[] starts;
  private final int[] ends;
  private final int[] firstTokens;
  private final int[] endTokens;
  private final int size;

  public Sentences(int[] starts, int[] ends, int[] firstTokens, int[] endTokens, int size) {
    this.starts = starts;
    this.ends = ends;
    this.firstTokens = firstTokens;
    this.endTokens = endTokens;
    this.size = size;
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public int firstToken(int i) {
    return firstTokens[i];
  }

  public int endToken(int i) {
    return endTokens[i];
  }
}
