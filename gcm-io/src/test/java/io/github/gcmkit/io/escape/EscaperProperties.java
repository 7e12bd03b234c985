package io.github.gcmkit.io.escape;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The escapers' laws over any strings of UTF-16 code units — controls, markup, lone surrogates,
 * non-characters — and over strings made of the characters each medium gives a meaning.
 */
class EscaperProperties {

  private static final String MEANINGFUL = "\\`*_[]()<>!#|~&=+-@\"',;:.0123456789 \t\r\n\u0000\u001b\u009b\u2028\u202e\uFFFE\uFFFF\uD800\uDC00";

  private static final Gen<String> ANY = strings().allPossible().ofLengthBetween(0, 40);

  private static final Gen<String> MARKUP = strings().betweenCodePoints(0, MEANINGFUL.length() - 1)
      .ofLengthBetween(0, 24)
      .map(s -> s.codePoints().mapToObj(i -> String.valueOf(MEANINGFUL.charAt(i))).reduce("", String::concat));

  private static void holds(Consumer<String> law) {
    qt().withExamples(500).forAll(ANY).checkAssert(law);
    qt().withExamples(500).forAll(MARKUP).checkAssert(law);
  }

  @Test
  void xmlIsWellFormedAndKeepsTheText() {
    holds(EscapeLaws::xml);
  }

  @Test
  void markdownIsPlainTextInEveryBlock() {
    holds(EscapeLaws::markdown);
  }

  @Test
  void csvFieldsStayFieldsAndStartNoFormula() {
    holds(EscapeLaws::csv);
  }

  @Test
  void dotStringsEndWhereTheyShould() {
    holds(EscapeLaws::dot);
  }

  @Test
  void mermaidLabelsCarryNoMarkup() {
    holds(EscapeLaws::mermaid);
  }

  @Test
  void terminalTextActsOnNothing() {
    holds(EscapeLaws::terminal);
  }
}
