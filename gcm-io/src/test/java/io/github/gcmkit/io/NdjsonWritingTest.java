package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** NDJSON writing: each line is the compact document's own bytes, written straight to the stream. */
class NdjsonWritingTest {

  private static final GcmJson PRETTY = GcmJson.with(GeneratedModels.OPTIONS);
  private static final GcmJson COMPACT = GcmJson.with(GeneratedModels.OPTIONS.withPrettyPrint(false));
  private static final GcmJson LENIENT = GcmJson.with(GeneratedModels.OPTIONS.withLenient(true));

  /** What the lines of {@code values} must be: each value's compact text, encoded as UTF-8. */
  private static byte[] linesOfTexts(List<?> values) {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    for (Object value : values) {
      expected.writeBytes(COMPACT.write(value).getBytes(StandardCharsets.UTF_8));
    }
    return expected.toByteArray();
  }

  private static byte[] lines(GcmJson codec, List<?> values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    codec.writeLines(values, out);
    return out.toByteArray();
  }

  @Test
  void eachLineHasTheBytesOfTheDocumentsCompactText() {
    qt().withExamples(60).forAll(lists().of(GeneratedModels.documents()).ofSizeBetween(0, 4)).checkAssert(values -> {
      byte[] expected = linesOfTexts(values);
      assertThat(lines(COMPACT, values)).isEqualTo(expected);
      assertThat(lines(PRETTY, values)).as("a pretty codec writes its lines compact").isEqualTo(expected);
    });
  }

  private static Network named(String id, String name) {
    return Network.builder().id(id).level(NetworkLevel.REGIONAL).name(LocalizedText.en(name)).build();
  }

  @Test
  void stringsCopiedAsBytesAndStringsJacksonEscapesAreWrittenAlike() {
    String longPlain = "Réseau des Nations Unies sur les migrations du Sénégal";
    List<Object> values = new ArrayList<>(List.of(
        named("short", "Réseau"),
        named("long", longPlain),
        named("quote", longPlain + " \"dit\" C:\\chemin"),
        named("control", longPlain + "\u0001\t\n"),
        named("pair", longPlain + " \uD83C\uDF0D")));
    values.add(GcmDocument.of(DocumentKind.NETWORK, named("extended", longPlain),
        ImmutableMap.of("", ImmutableMap.of("$schema", "\"https://example.org/gcm.json\"", "x-note", "[1,{\"a\":\"é\"}]"))));
    byte[] written = lines(PRETTY, values);
    assertThat(written).isEqualTo(linesOfTexts(values));
    try (Stream<GcmDocument> read = LENIENT.stream(new ByteArrayInputStream(written))) {
      assertThat(read.map(d -> d.value(Network.class).id()))
          .containsExactly("short", "long", "quote", "control", "pair", "extended");
    }
  }

  @Test
  void aLoneSurrogateIsWrittenAsItsEscapeForTheReaderToReport() {
    // The text's UTF-8 bytes (String.getBytes) would hold a "?" in its place: a changed name that
    // reads without complaint. Its escape is what a document written to a stream holds, and the
    // reader says where it is.
    Network lone = named("lone", "Réseau des Nations Unies sur les migrations \uD800 ?");
    byte[] written = lines(PRETTY, List.of(lone));
    assertThat(new String(written, StandardCharsets.UTF_8)).contains("migrations \\uD800 ?");
    ByteArrayOutputStream document = new ByteArrayOutputStream();
    COMPACT.write(lone, document);
    assertThat(written).isEqualTo(document.toByteArray());
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class,
        () -> COMPACT.read(new ByteArrayInputStream(written)));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.key()).contains("lone-surrogate");
      assertThat(p.pointer()).hasToString("/name");
    });
  }

  @Test
  void theStreamIsFlushedOnceAtTheEndAndNotClosed() {
    int[] flushes = {0};
    boolean[] closed = {false};
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void flush() {
        flushes[0]++;
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    PRETTY.writeLines(List.of(named("a", "A"), named("b", "B"), named("c", "C")), out);
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(3);
    assertThat(flushes[0]).isEqualTo(1);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void aValueTooDeepToWriteIsRefusedAsItsTextIsAfterTheLinesBeforeIt() {
    String deep = "[".repeat(1_200) + "]".repeat(1_200);
    GcmDocument tooDeep = GcmDocument.of(DocumentKind.NETWORK, named("deep", "Deep"),
        ImmutableMap.of("", ImmutableMap.of("x-deep", deep)));
    assertThatIllegalArgumentException().isThrownBy(() -> COMPACT.write(tooDeep));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> COMPACT.writeLines(List.of(named("a", "A"), tooDeep), out))
        .withMessageContaining("nested deeper than");
    assertThat(out.toString(StandardCharsets.UTF_8)).as("the lines before it, whole, and nothing of its own")
        .isEqualTo(COMPACT.write(named("a", "A")));
  }
}
