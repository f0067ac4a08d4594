package dev.newsmodel.cli;

import java.io.IOException;
import java.io.InputStream;

/** One document to parse: where it came from, as the user named it, and how to open it. */
record Input(String source, Opener opener) {

  /** Opens the document's bytes. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }
}
