package io.github.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.io.GcmOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Strings copied to gcmkit's JSON as their UTF-8 bytes come out byte for byte as Jackson's own
 * escaping writes them, whatever they hold: controls, quotes, backslashes, lone surrogates, pairs,
 * characters of two and three bytes, at every place in the eight bytes looked at together, and
 * past the length Jackson writes in one segment.
 */
class PlainUtf8Test {

  private static final JsonFactory JSON = Factories.jsonFactory(GcmOptions.defaults());

  /** Plain text longer than the shortest string copied as bytes. */
  private static final String PLAIN = "Réseau des Nations Unies sur les migrations, l’action";

  /** Characters that JSON escapes or that UTF-8 writes in more than one byte, and plain ones. */
  private static final String MEANINGFUL =
      "\"\\/?'\u0000\u0001\u001f\u007f\u0080\u00e9\u00ff\u0100\u07ff\u0800\u2019\u2028\ufeff\uffff"
          + "\ud800\udbff\udc00\udfff\ud83d\ude00 aZ09";

  private static final Gen<String> ANY = strings().allPossible().ofLengthBetween(0, 80);

  private static final Gen<String> CHOSEN =
      strings().betweenCodePoints(0, MEANINGFUL.length() - 1).ofLengthBetween(0, 24)
          .map(s -> s.codePoints().mapToObj(i -> String.valueOf(MEANINGFUL.charAt(i))).reduce("", String::concat));

  /**
   * Plain text before a chosen string, long enough for the string to be copied as bytes, and so
   * that every character falls at every offset of a long.
   */
  private static final Gen<String> SHIFTED =
      integers().between(0, 17).zip(CHOSEN, (n, s) -> PLAIN.substring(0, PlainUtf8.WORTH_COPYING + n) + s);


  private static byte[] written(Consumer<JsonGenerator> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
      generator.writeStartArray();
      body.accept(generator);
      generator.writeEndArray();
    }
    return out.toByteArray();
  }

  /** {@code text} as the emitter writes it to gcmkit's JSON, against Jackson's escaping of it. */
  private static void sameAsJackson(String text) {
    byte[] emitted = written(g -> new Emitter(g, ImmutableMap.of(), true).value(text, String.class, Path.ROOT, "en"));
    byte[] jackson = written(g -> g.writeString(text));
    assertThat(emitted).as("%s", text.chars().mapToObj(Integer::toHexString).toList()).isEqualTo(jackson);
  }

  @Test
  void anyStringIsWrittenAsJacksonEscapesIt() {
    qt().withExamples(1000).forAll(ANY).checkAssert(PlainUtf8Test::sameAsJackson);
    qt().withExamples(1000).forAll(CHOSEN).checkAssert(PlainUtf8Test::sameAsJackson);
    qt().withExamples(1000).forAll(CHOSEN).checkAssert(s -> sameAsJackson(s + PLAIN));
    qt().withExamples(1000).forAll(SHIFTED).checkAssert(PlainUtf8Test::sameAsJackson);
  }

  @Test
  void longStringsCutIntoSegmentsByJacksonAreWrittenAsItWritesThem() {
    // Jackson writes a string longer than its buffer in pieces; a pair cut between two pieces is
    // escaped, so a string with a pair must stay Jackson's to write.
    for (int length : new int[] {1_000, 2_700, 8_000, 8_001, 40_000}) {
      String french = "Veiller à ce que l’action ".repeat(length / 26 + 1).substring(0, length);
      sameAsJackson(french);
      for (int at : new int[] {0, 1, 1_332, 1_333, 2_666, 7_999, length - 2}) {
        if (at >= 0 && at + 2 <= length) {
          sameAsJackson(french.substring(0, at) + "\ud83d\ude00" + french.substring(at + 2));
          sameAsJackson(french.substring(0, at) + "\"\n" + french.substring(at + 2));
        }
      }
    }
  }

  @Test
  void textOfOneToThreeBytesACharacterIsPlain() {
    assertThat(PlainUtf8.isPlain(bytes(""))).isTrue();
    assertThat(PlainUtf8.isPlain(bytes("a/b"))).isTrue();
    assertThat(PlainUtf8.isPlain(bytes("Réseau des Nations Unies sur les migrations"))).isTrue();
    assertThat(PlainUtf8.isPlain(bytes("l’élaboration de la première Politique\u2028\uffff"))).isTrue();
  }

  @Test
  void everyCharacterThatNeedsCareIsFoundWhereverItIs() {
    for (String care : new String[] {"\"", "\\", "?", "\u0000", "\n", "\u001f", "\ud83d\ude00", "\ud800"}) {
      for (int length = 1; length <= 20; length++) {
        for (int at = 0; at < length; at++) {
          String text = "é".repeat(at) + care + "x".repeat(length - at - 1);
          assertThat(PlainUtf8.isPlain(bytes(text))).as("%s at %d of %d", care, at, length).isFalse();
        }
      }
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
