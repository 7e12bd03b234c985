package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.RuleCatalog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The laws every fuzz target checks: a reader returns a value or throws a {@link
 * GcmFormatException} with located problems, never anything else; what reads writes in canonical
 * form and reads back equal, and writing it again gives the same text.
 */
final class FuzzChecks {

  private FuzzChecks() {}

  /** Reads {@code input} with {@code codec} and checks the laws. */
  static void readsOrRefuses(GcmCodec codec, byte[] input) {
    GcmDocument document;
    try {
      document = codec.read(new ByteArrayInputStream(input));
    } catch (GcmFormatException e) {
      checkProblems(e);
      return;
    }
    String written = codec.write(document);
    GcmDocument again = codec.read(written);
    assertThat(again).isEqualTo(document);
    assertThat(codec.write(again)).isEqualTo(written);
  }

  /** Reads {@code input} as a JSON and as a YAML profile and checks the laws. */
  static void readsOrRefuses(GcmProfiles profiles, byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (boolean yaml : new boolean[] {false, true}) {
      Profile profile;
      try {
        profile = yaml ? profiles.readYaml(text) : profiles.readJson(text);
      } catch (GcmFormatException e) {
        checkProblems(e);
        continue;
      }
      String written = profiles.write(profile);
      Profile again = profiles.readJson(written);
      assertThat(again.name()).isEqualTo(profile.name());
      assertThat(again.resolve(RuleCatalog.builtIn())).isEqualTo(profile.resolve(RuleCatalog.builtIn()));
      assertThat(profiles.write(again)).isEqualTo(written);
    }
  }

  /** Reads {@code input} as a baseline and checks the laws. */
  static void readsOrRefuses(byte[] input) {
    Baseline baseline;
    try {
      baseline = GcmBaselines.read(new String(input, StandardCharsets.UTF_8));
    } catch (GcmFormatException e) {
      checkProblems(e);
      return;
    }
    String written = GcmBaselines.write(baseline);
    Baseline again = GcmBaselines.read(written);
    assertThat(again).isEqualTo(baseline);
    assertThat(GcmBaselines.write(again)).isEqualTo(written);
  }

  private static void checkProblems(GcmFormatException e) {
    assertThat(e.problems()).isNotEmpty();
    assertThat(e.problems()).allSatisfy(p -> {
      assertThat(p.line()).isPositive();
      assertThat(p.column()).isPositive();
    });
  }
}
