package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class DecoderTest {
  private final Decoder decoder = new Decoder(1000);

  private String read(byte[] bytes) throws Exception {
    return decoder.read(new ByteArrayInputStream(bytes));
  }

  @Test
  void decodesUtf8WithAndWithoutBom() throws Exception {
    assertThat(read("caf\u00e9".getBytes(StandardCharsets.UTF_8))).isEqualTo("caf\u00e9");
    assertThat(read(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'a'})).isEqualTo("a");
  }

  @Test
  void decodesUtf16WithBom() throws Exception {
    byte[] bytes = "\uFEFFhi".getBytes(StandardCharsets.UTF_16LE);

    assertThat(read(bytes)).isEqualTo("hi");
  }

  @Test
  void fallsBackToWindows1252ForInvalidUtf8() throws Exception {
    assertThat(read(new byte[] {'c', 'a', 'f', (byte) 0xe9, ' ', (byte) 0x93, 'x', (byte) 0x94}))
        .isEqualTo("caf\u00e9 \u201cx\u201d");
  }

  @Test
  void gunzips() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("zipped".getBytes(StandardCharsets.UTF_8));
    }

    assertThat(read(bytes.toByteArray())).isEqualTo("zipped");
  }

  @Test
  void rejectsBinaryCorruptGzipAndOversizedInput() {
    assertThatThrownBy(() -> read(new byte[] {'a', 0, 'b'})).hasMessage("not text (binary data)");
    assertThatThrownBy(() -> read(new byte[] {0x1f, (byte) 0x8b, 1, 2, 3}))
        .isInstanceOf(Exception.class);
    assertThatThrownBy(() -> read(new byte[1001]))
        .hasMessage("larger than the size limit of 1000 bytes (raise it with --max-size)");
  }
}
