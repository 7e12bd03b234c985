package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code gcm diff} writes, byte for byte, what it wrote when it joined each clause into one string
 * (the files under {@code diff/} were written by that version): the bundled charters, and a charter
 * whose objectives hold what each medium must escape — Markdown and HTML syntax, a leading dash and
 * list number, escape sequences and line breaks, a word wider than a column, text beyond Latin-1.
 */
class DiffOutputTest {

  private static final String TRICKY = "src/test/resources/io/github/gcmkit/cli/diff/tricky.json";
  private static final String SENEGAL = "../gcm-examples/src/main/resources/datasets/sn.json";

  @ParameterizedTest
  @CsvSource({
      "sn-wca, en, text", "sn-wca, fr, text", "sn-wca, en, markdown", "sn-wca, fr, markdown",
      "global-sn, en, text", "global-sn, fr, text", "global-sn, en, markdown", "global-sn, fr, markdown",
      "tricky-sn, en, text", "tricky-sn, fr, text", "tricky-sn, en, markdown", "tricky-sn, fr, markdown"})
  void writesWhatItWrote(String pair, String language, String format) throws IOException {
    List<String> args = new ArrayList<>(List.of("diff", "--lang", language, "--format", format));
    if (pair.equals("tricky-sn")) {
      args.addAll(List.of(TRICKY, SENEGAL));
    } else {
      args.add("--bundled");
      args.addAll(List.of(pair.split("-")));
    }
    Run run = Run.gcm(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(expected(pair + "." + language + (format.equals("text") ? ".txt" : ".md")));
  }

  private static String expected(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(DiffOutputTest.class.getResourceAsStream("diff/" + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
