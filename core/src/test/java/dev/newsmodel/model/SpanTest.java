package dev.newsmodel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void ofComputesTheEnd() {
    Span span = Span.of("said", 10);

    assertThat(span.end()).isEqualTo(14);
  }

  @Test
  void rejectsNegativeOrReversedOffsets() {
    assertThatThrownBy(() -> Span.builder().text("").start(5).end(4).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("[5, 4)");
    assertThatThrownBy(() -> Span.of("x", -1)).isInstanceOf(InvalidModelException.class);
  }

  @Test
  void rejectsTextWhoseLengthDisagreesWithTheOffsets() {
    assertThatThrownBy(() -> Span.builder().text("said").start(0).end(3).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("'said' has 4 characters but offsets [0, 3) span 3");
  }

  @Test
  void rejectsMissingAttributesNamingThem() {
    assertThatThrownBy(() -> Span.builder().text("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("start")
        .hasMessageContaining("end");
  }
}
