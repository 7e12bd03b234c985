package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReadingLimitsTest {

  private static final String CHARTER = "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", \"title\": \"%s\"}";

  @Test
  void aStringLongerThanTheLimitIsAProblem() {
    GcmJson json = GcmJson.with(GcmOptions.defaults().withMaxStringLength(100));
    GcmFormatException e =
        catchThrowableOfType(GcmFormatException.class, () -> json.read(String.format(CHARTER, "x".repeat(101))));
    assertThat(e.problems()).singleElement().hasToString("/title: a string is longer than the limit of 100 characters");
    assertThat(json.read(String.format(CHARTER, "x".repeat(100))).kind()).isEqualTo(DocumentKind.CHARTER);
  }

  @Test
  void fieldsCountAgainstTheValueLimit() {
    // Root object, two envelope fields with their values: 5; then a field and its value count 2.
    GcmJson json = GcmJson.with(GcmOptions.defaults().withLenient(true).withMaxValues(25));
    String fields = java.util.stream.IntStream.range(0, 10).mapToObj(i -> ", \"f" + i + "\": 0").collect(Collectors.joining());
    assertThat(json.read("{\"gcmFormat\": \"1.0\", \"kind\": \"charter\"" + fields + "}").extensions().get(""))
        .hasSize(10);
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class,
        () -> json.read("{\"gcmFormat\": \"1.0\", \"kind\": \"charter\"" + fields + ", \"f10\": 0}"));
    assertThat(e.problems()).singleElement().hasToString("/f10: the document holds more than the limit of 25 values");
  }

  @Test
  void aDocumentListsItsFirstThousandProblemsAndHowManyMore() {
    String fields = java.util.stream.IntStream.range(0, 1_500).mapToObj(i -> ",\n\"f" + i + "\": 0").collect(Collectors.joining());
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class,
        () -> GcmJson.defaults().read("{\"gcmFormat\": \"1.0\", \"kind\": \"charter\"" + fields + "}"));
    assertThat(e.problems()).hasSize(1_001);
    assertThat(e.problems().get(999)).hasToString("/f999: unknown field 'f999'");
    assertThat(e.problems().get(1_000)).hasToString(
        "/f1000: and 500 more problems from here on, not listed: a document lists at most 1000");
    assertThat(e.problems().get(1_000).line()).isEqualTo(1_002);
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
