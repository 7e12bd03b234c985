package io.github.gcmkit.io.escape;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the escapers: the input's bytes, taken two at a time, are any Java
 * string, and each medium's law must hold for it. A normal build runs each target over its seed
 * inputs; {@code docs/reliability.md} says how to fuzz one for real.
 */
class EscapersFuzzTest {

  @FuzzTest
  void escapeXml(byte[] input) {
    EscapeLaws.xml(EscapeLaws.utf16(input));
  }

  @FuzzTest
  void escapeMarkdown(byte[] input) {
    EscapeLaws.markdown(EscapeLaws.utf16(input));
  }

  @FuzzTest
  void escapeCsv(byte[] input) {
    EscapeLaws.csv(EscapeLaws.utf16(input));
  }

  @FuzzTest
  void escapeDot(byte[] input) {
    EscapeLaws.dot(EscapeLaws.utf16(input));
  }

  @FuzzTest
  void escapeMermaid(byte[] input) {
    EscapeLaws.mermaid(EscapeLaws.utf16(input));
  }

  @FuzzTest
  void escapeTerminal(byte[] input) {
    EscapeLaws.terminal(EscapeLaws.utf16(input));
  }
}
