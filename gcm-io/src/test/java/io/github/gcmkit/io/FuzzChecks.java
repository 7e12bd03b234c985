package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The laws every fuzz target checks: a reader returns a value or throws a {@link
 * GcmFormatException} with located problems, never anything else; what reads writes in canonical
 * form and reads back equal, and writing it again gives the same text.
 */
final class FuzzChecks {

  private FuzzChecks() {}

  /** Reads {@code input} with {@code codec} and checks the laws. */
  static void readsOrRefuses(GcmCodec codec, byte[] input) {
    lawsHold(() -> codec.read(new ByteArrayInputStream(input)), codec::write, codec::read);
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
    T again = readBack.apply(written);
    assertThat(again).isEqualTo(value);
    assertThat(write.apply(again)).isEqualTo(written);
  }

  private static void checkProblems(GcmFormatException e) {
    assertThat(e.problems()).isNotEmpty();
    assertThat(e.problems()).allSatisfy(p -> {
      assertThat(p.line()).isPositive();
      assertThat(p.column()).isPositive();
    });
  }
}
