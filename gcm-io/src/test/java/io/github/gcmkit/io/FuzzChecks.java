package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The laws every fuzz target checks: a reader returns a value or throws a {@link
 * GcmFormatException} with located problems, never anything else; what reads writes in canonical
 * form as UTF-8 bytes (so text no UTF-8 document can hold fails the law), reads back from those
 * bytes equal, and writing it again gives the same bytes.
 */
final class FuzzChecks {

  private FuzzChecks() {}

  /** Reads {@code input} with {@code codec} and checks the laws. */
  static void readsOrRefuses(GcmCodec codec, byte[] input) {
    readsOrRefuses(codec, codec, input);
  }

  /**
   * Reads {@code input} with {@code codec} (whose limits may be small enough for a fuzzer's inputs
   * to reach them) and checks the laws, writing and reading back with {@code writer}.
   */
  static void readsOrRefuses(GcmCodec codec, GcmCodec writer, byte[] input) {
    lawsHold(() -> codec.read(new ByteArrayInputStream(input)), writer::write,
        text -> writer.read(new ByteArrayInputStream(utf8(text))));
  }

  /** Reads {@code input} as a JSON and as a YAML profile and checks the laws. */
  static void readsOrRefuses(GcmProfiles profiles, byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    lawsHold(() -> profiles.readJson(text), profiles::write, profiles::readJson);
    lawsHold(() -> profiles.readYaml(text), profiles::write, profiles::readJson);
  }

  /** Reads {@code input} as a baseline and checks the laws. */
  static void readsOrRefuses(byte[] input) {
    lawsHold(() -> GcmBaselines.read(new String(input, StandardCharsets.UTF_8)), GcmBaselines::write, GcmBaselines::read);
  }

  /**
   * Reads a value with {@code read}: a refusal must list located problems; a value must write, read
   * back equal with {@code readBack}, and write the same text again.
   */
  private static <T> void lawsHold(Supplier<T> read, Function<T, String> write, Function<String, T> readBack) {
    T value;
    try {
      value = read.get();
    } catch (GcmFormatException e) {
      checkProblems(e);
      return;
    }
    String written = write.apply(value);
    byte[] bytes = utf8(written);
    T again = readBack.apply(written);
    assertThat(again).isEqualTo(value);
    assertThat(utf8(write.apply(again))).isEqualTo(bytes);
  }

  /** The text as UTF-8, failing on what UTF-8 cannot encode (a lone surrogate). */
  private static byte[] utf8(String text) {
    try {
      ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
      byte[] bytes = new byte[encoded.remaining()];
      encoded.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new AssertionError("written text that UTF-8 cannot encode: " + e, e);
    }
  }

  private static void checkProblems(GcmFormatException e) {
    assertThat(e.problems()).isNotEmpty();
    assertThat(e.problems()).allSatisfy(p -> {
      assertThat(p.line()).isPositive();
      assertThat(p.column()).isPositive();
    });
  }
}
