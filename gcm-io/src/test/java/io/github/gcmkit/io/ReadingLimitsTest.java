package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReadingLimitsTest {

  private static final String CHARTER = "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", \"title\": \"%s\"}";

  @Test
  void aStringLongerThanTheLimitIsAProblem() {
    GcmJson json = GcmJson.with(GcmOptions.defaults().withMaxStringLength(100));
    GcmFormatException e =
        catchThrowableOfType(GcmFormatException.class, () -> json.read(String.format(CHARTER, "x".repeat(101))));
    assertThat(e.problems()).singleElement().hasToString("/: a string is longer than the limit of 100 characters");
    assertThat(json.read(String.format(CHARTER, "x".repeat(100))).kind()).isEqualTo(DocumentKind.CHARTER);
  }

  @Test
  void aDocumentLargerThanTheLimitIsAProblem() {
    GcmJson json = GcmJson.with(GcmOptions.defaults().withMaxDocumentLength(200));
    byte[] big = String.format(CHARTER, "x".repeat(300)).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> json.read(new ByteArrayInputStream(big)))
        .isInstanceOf(GcmFormatException.class)
        .hasMessageContaining("larger than the limit of 200 bytes");
    assertThatThrownBy(() -> json.read(String.format(CHARTER, "x".repeat(300))))
        .isInstanceOf(GcmFormatException.class)
        .hasMessageContaining("longer than the limit of 200 characters");
  }

  @Test
  void nestingDeeperThanTheLimitIsAProblemNotAStackOverflow() {
    String deep = "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertThatThrownBy(() -> GcmJson.defaults().read(deep))
        .isInstanceOf(GcmFormatException.class)
        .hasMessageContaining("nested deeper than the limit of 100 levels");
    assertThatThrownBy(() -> GcmYaml.defaults().read("a: " + "[".repeat(10_000) + "]".repeat(10_000)))
        .isInstanceOf(GcmFormatException.class);
  }

  @Test
  void bytesThatLookLikeUtf32AreAFormatProblem() {
    byte[] bytes = {0, 0, 0, '{', 0, 0, 0, '}'};
    assertThatThrownBy(() -> GcmJson.defaults().read(new ByteArrayInputStream(bytes)))
        .isInstanceOf(GcmFormatException.class);
  }

  /** Damaged documents give a GcmFormatException or a model, never any other exception. */
  @Test
  void damagedDocumentsNeverThrowAnythingElse() {
    Random random = new Random(20201120);
    for (String name : Documents.ALL) {
      byte[] original = Documents.text(name).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 300; i++) {
        byte[] damaged = damage(original, random);
        for (GcmCodec codec : new GcmCodec[] {GcmJson.defaults(), GcmYaml.defaults(),
            GcmJson.with(GcmOptions.defaults().withLenient(true))}) {
          try {
            codec.read(new ByteArrayInputStream(damaged));
          } catch (GcmFormatException expected) {
            assertThat(expected.problems()).isNotEmpty();
          }
        }
      }
    }
  }

  private static byte[] damage(byte[] original, Random random) {
    byte[] copy = original.clone();
    switch (random.nextInt(3)) {
      case 0:
        return java.util.Arrays.copyOf(copy, random.nextInt(copy.length));
      case 1:
        for (int k = 0; k < 1 + random.nextInt(4); k++) {
          copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
      default:
        int at = random.nextInt(copy.length);
        String s = new String(copy, StandardCharsets.UTF_8);
        String[] inserts = {"null", "{}", "[]", "\"x\"", "0", "-1", ",", "\"kind\": \"x\",", "true"};
        int cut = Math.min(at, s.length());
        return (s.substring(0, cut) + inserts[random.nextInt(inserts.length)] + s.substring(cut))
            .getBytes(StandardCharsets.UTF_8);
    }
  }
}
