package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A JSON document read from bytes (Jackson's parser of bytes, the columns put in characters) is
 * located exactly as the same document read from text: every column counts characters, whatever
 * characters of one to four bytes come before it on its line.
 */
class ByteReadingProperties {

  private static final GcmJson STRICT = GcmJson.defaults();
  private static final GcmJson LENIENT = GcmJson.with(GcmOptions.defaults().withLenient(true));

  /** Text of ASCII, accented, other-plane and emoji characters, never blank. */
  private static Gen<String> texts() {
    int[] alphabet = {'a', ' ', '"', '\\', 'é', 'ç', '’', '€', 'ﬁ', 0x1F600, 0x10348, 0xE9};
    return lists().of(integers().between(0, alphabet.length - 1)).ofSizeBetween(0, 30)
        .map(picks -> "x" + picks.stream().map(i -> Character.toString(alphabet[i])).collect(Collectors.joining()));
  }

  /** Space between tokens: nothing, spaces, or line breaks of every kind Jackson counts. */
  private static Gen<String> spaces() {
    String[] choices = {"", " ", "\n", "\r\n", "\r", "\n  ", " \t"};
    return integers().between(0, choices.length - 1).map(i -> choices[i]);
  }

  private static String json(String title, String note, String s1, String s2) {
    return "{\"gcmFormat\": \"1.0\"," + s1 + "\"kind\": \"charter\", \"title\":" + s2
        + quoted(title) + "," + s1 + "\"note\"" + s2 + ":" + quoted(note) + "," + s2 + "\"zz\": 1}";
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Test
  void positionsFromBytesAreThoseFromText() {
    qt().withExamples(300).forAll(texts(), texts(), spaces(), spaces()).checkAssert((title, note, s1, s2) -> {
      String text = json(title, note, s1, s2);
      GcmDocument fromText = LENIENT.read(text);
      GcmDocument fromBytes = LENIENT.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      for (String pointer : List.of("", "/title", "/note", "/zz")) {
        assertThat(fromBytes.positions().locate(pointer)).as(pointer).isEqualTo(fromText.positions().locate(pointer));
      }
    });
  }

  @Test
  void problemsFromBytesAreLocatedAsFromText() {
    qt().withExamples(300).forAll(texts(), texts(), spaces(), spaces()).checkAssert((title, note, s1, s2) -> {
      String text = json(title, note, s1, s2);
      GcmFormatException fromText = catchThrowableOfType(GcmFormatException.class, () -> STRICT.read(text));
      GcmFormatException fromBytes = catchThrowableOfType(GcmFormatException.class,
          () -> STRICT.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
      assertThat(fromBytes.problems()).isEqualTo(fromText.problems());
    });
  }
}
