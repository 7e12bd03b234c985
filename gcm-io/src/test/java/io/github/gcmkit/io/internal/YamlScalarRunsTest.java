package io.github.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * YAML scalars that span lines are measured as they are read: never less than the scalar the YAML
 * parser builds, so that twice the string limit refuses only scalars over the limit, and a scalar
 * far over it is refused before the parser holds it.
 */
class YamlScalarRunsTest {

  /** The key of the problem the measure fails with, which the reader words. */
  private static final String PROBLEM = "limit.text";

  /** Reads {@code yaml} through the measure, and fails with its located problem, if any. */
  private static String read(String yaml, long longest) {
    try (Reader in = new YamlScalarRuns(new StringReader(yaml), longest, Problems.said(PROBLEM))) {
      StringBuilder s = new StringBuilder();
      char[] buffer = new char[7];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        s.append(buffer, 0, n);
      }
      return s.toString();
    } catch (Utf8Input.Failure e) {
      return e.line + ":" + e.column + " " + e.problem.key();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of {@code lines} lines of ten characters each, as a scalar of every style. */
  private static List<String> styles(int lines, String indent) {
    String line = "0123456789";
    String body = (indent + line + "\n").repeat(lines);
    return List.of(
        "key:\n" + indent + "en: |\n" + body.replace("\n" + indent, "\n" + indent + "  ").replaceFirst("^", indent + "  "),
        "key: >-\n" + body,
        "- |\n" + body,
        "- key: plain " + line + "\n" + body.replace(indent, indent + "   "),
        "key: \"" + line + "\n" + body.replace(line, "\\x41\\u00e9" + line.substring(2)) + "\"\n",
        "key: '" + line + "\n" + body.replace(line, "''" + line.substring(1)) + "'\n");
  }

  @Test
  void scalarsOfEveryStyleWithinTheMeasurePassUnchanged() {
    for (String style : styles(100, "    ")) {
      assertThat(read(style, 1_200)).as(style).isEqualTo(style);
    }
  }

  @Test
  void scalarsOfEveryStyleBeyondTheMeasureAreRefusedWhereTheyPassIt() {
    for (String style : styles(1_000, "  ")) {
      assertThat(read(style, 5_000)).as(style).endsWith(" " + PROBLEM).doesNotContain("\n");
    }
    assertThat(read("key: |\n" + "  0123456789\n".repeat(10), 50)).startsWith("6:").endsWith(PROBLEM);
  }

  @Test
  void nestedMappingsAndFlowCollectionsAreNotScalars() {
    String nested = "- key:\n" + "    a: 0123456789\n".repeat(1_000) + "- key: [\n" + "    0123456789,\n".repeat(1_000) + "  ]\n"
        + "top:\n" + "  - 0123456789\n".repeat(1_000) + "# a comment [ with a bracket\nlast: |\n  x\n";
    assertThat(read(nested, 100)).isEqualTo(nested);
  }

  @Test
  void aScalarIsNeverMeasuredShorterThanThePlainTextOfItsLines() {
    qt().withExamples(300).forAll(integers().between(1, 40), integers().between(0, 6), strings().allPossible().ofLengthBetween(1, 12))
        .checkAssert((lines, depth, text) -> {
          String line = text.replaceAll("[\\s'\"\\\\#:|>\\[\\]{}&!*?%-]", "x");
          String indent = " ".repeat(depth);
          String block = "key:\n" + indent + "en: |\n" + (indent + "  " + line + "\n").repeat(lines);
          int content = (line.length() + 1) * lines;
          assertThat(read(block, content)).isEqualTo(block);
          assertThat(read(block, content / 2 - 1)).endsWith(PROBLEM);
        });
  }
}
