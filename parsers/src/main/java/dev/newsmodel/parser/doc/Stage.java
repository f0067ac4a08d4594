package dev.newsmodel.parser.doc;

import java.util.Set;

/**
 * One step of the pipeline after the reader: it reads the layers it {@linkplain #requires requires}
 * from a {@link Document} and puts the ones it {@linkplain #provides provides}. A pipeline is
 * checked when it is assembled: a stage whose required layer no earlier stage provides is refused.
 * Stages never change the text. A stage is immutable and thread-safe: one instance serves every
 * document of a parser, each on its own thread.
 */
public interface Stage {
  /** A short name for timings and messages: "tokens", "quotes". */
  String name();

  /** The layers this stage reads; each must be provided by a stage before it. */
  Set<Layer<?>> requires();

  /** The layers this stage puts or adds to. */
  Set<Layer<?>> provides();

  /** Reads the required layers of {@code document} and puts the provided ones. */
  void apply(Document document);
}
