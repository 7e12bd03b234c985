package io.github.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;


import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.model.JsonPointer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The strict UTF-8 reader under every stream gcmkit reads. */
class Utf8InputTest {

  private static Utf8Input input(String text, long limit) {
    return new Utf8Input(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limit, Long.MAX_VALUE);
  }

  @Test
  void readsOneCharAtATimeEvenAcrossASurrogatePair() throws IOException {
    String text = "\uFEFFRéseau 🌍\n🌍 migrations";
    StringBuilder read = new StringBuilder();
    try (Utf8Input in = input(text, 1_000)) {
      for (int c = in.read(); c >= 0; c = in.read()) {
        read.append((char) c);
      }
    }
    assertThat(read.toString()).isEqualTo(text.substring(1));
  }

  @Test
  void aBadByteIsLocatedInTheText() {
    byte[] bytes = {'a', '\n', 'b', 'c', (byte) 0xFF, 'd'};
    Utf8Input.Failure failure = catchThrowableOfType(Utf8Input.Failure.class,
        () -> new Utf8Input(new ByteArrayInputStream(bytes), 100, Long.MAX_VALUE).read(new char[16]));
    assertThat(failure.line).isEqualTo(2);
    assertThat(failure.column).isEqualTo(3);
    assertThat(english(failure)).isEqualTo("the document is not valid UTF-8 (bad byte at offset 4)");
  }

  @Test
  void moreBytesThanTheLimitFail() {
    Utf8Input.Failure failure = catchThrowableOfType(Utf8Input.Failure.class,
        () -> input("x".repeat(100), 99).read(new char[200]));
    assertThat(english(failure)).isEqualTo("the document is larger than the limit of 99 bytes");
  }

  /** The failure's problem as the reader words it in English. */
  private static String english(Utf8Input.Failure failure) {
    return FormatProblem.of(JsonPointer.root(), failure.line, failure.column, failure.problem.key(),
        failure.problem.args().toArray()).message();
  }
}
