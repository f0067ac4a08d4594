package dev.newsmodel.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Reads a document's bytes, gunzipping them when they are gzip-compressed, and decodes them as
 * text: UTF-8 (with or without byte-order mark), UTF-16 with a byte-order mark, or windows-1252
 * when the bytes are not valid UTF-8. Bytes that are not text are rejected.
 */
/**
 * Reads a document's bytes as the tool does: gunzipped when compressed, within a size limit, and
 * decoded as text by byte-order mark, else UTF-8, else windows-1252; binary data is refused. The
 * example programs (recipes) read their input with it too.
 */
public final class Decoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final long maxBytes;

  Decoder(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The document as text. */
  String read(InputStream raw) throws IOException, InputException {
    return decode(readBytes(raw));
  }

  /** The document's bytes, gunzipped when compressed, within the size limit. */
  byte[] readBytes(InputStream raw) throws IOException, InputException {
    byte[] bytes = readAll(raw);
    if (isGzip(bytes)) {
      try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
        bytes = readAll(in);
      } catch (java.util.zip.ZipException | java.io.EOFException e) {
        throw new InputException("corrupt gzip data: " + e.getMessage());
      }
    }
    return bytes;
  }

  private byte[] readAll(InputStream in) throws IOException, InputException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > maxBytes) {
        throw new InputException(
            "larger than the size limit of " + maxBytes + " bytes (raise it with --max-size)");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Whether the bytes open as gzip data. */
  public static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /**
   * The bytes as text: UTF-16 or UTF-8 by byte-order mark, UTF-8, else windows-1252.
   *
   * @throws InputException when the bytes are not text
   */
  public static String decode(byte[] bytes) throws InputException {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    int offset =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    if (!looksLikeText(bytes, offset)) {
      throw new InputException(NOT_TEXT);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
    }
  }

  /** Why binary data is refused. */
  public static final String NOT_TEXT = "not text (binary data)";

  /** Whether the bytes are text: UTF-16 with a byte-order mark, or no NUL and few control bytes. */
  public static boolean isText(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
            || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
      return true;
    }
    boolean utf8Mark =
        bytes.length >= 3
            && (bytes[0] & 0xff) == 0xef
            && (bytes[1] & 0xff) == 0xbb
            && (bytes[2] & 0xff) == 0xbf;
    return looksLikeText(bytes, utf8Mark ? 3 : 0);
  }

  /** Text has no NUL bytes and few other control bytes in its first 8 KiB. */
  private static boolean looksLikeText(byte[] bytes, int offset) {
    int end = Math.min(bytes.length, offset + 8192);
    int control = 0;
    for (int i = offset; i < end; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return false;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control * 10 <= end - offset;
  }

  /** A document that cannot be read as text. */
  public static final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    /** An input refused for {@code message}. */
    public InputException(String message) {
      super(message);
    }
  }
}
