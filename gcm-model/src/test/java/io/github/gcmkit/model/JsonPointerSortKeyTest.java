package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A pointer's sort key orders pointers exactly as {@link JsonPointer#compareTo} does. */
class JsonPointerSortKeyTest {

  /** Tokens that meet every case of the order: indices, near-indices, names, escapes, control characters. */
  private static final List<String> TOKENS = List.of(
      "", "0", "1", "2", "9", "10", "01", "2147483647", "2147483648", "99999999999", "a", "ab", "b",
      "a/b", "a~b", "~", "/", "?", "a?", "\u0000", "\u0001", "\u0002", "a\u0000", "a\u0001", "\u000b", "\u000c",
      "\r", "a\u000c", "é", "\u00fe", "\u00ff", "\u0100", "\u01ff", "a\u00ff", "\uffff", "workstreams");

  private static final Gen<JsonPointer> POINTERS = lists().of(integers().between(0, TOKENS.size() - 1))
      .ofSizeBetween(0, 5)
      .map(indices -> {
        JsonPointer pointer = JsonPointer.root();
        for (int i : indices) {
          pointer = pointer.member(TOKENS.get(i));
        }
        return pointer;
      });

  @Test
  void keysCompareAsTheirPointers() {
    qt().withExamples(20_000)
        .forAll(POINTERS, POINTERS)
        .checkAssert((a, b) -> assertThat(Integer.signum(Arrays.compareUnsigned(a.sortKey(), b.sortKey())))
            .as("%s vs %s", a, b)
            .isEqualTo(Integer.signum(a.compareTo(b))));
  }

  @Test
  void arrayIndicesComeFirstAndByValue() {
    assertThat(compare("/priorities/2", "/priorities/10")).isNegative();
    assertThat(compare("/priorities/10", "/priorities/name")).isNegative();
    assertThat(compare("", "/")).isNegative();
  }

  @Test
  void aPlainPointersKeyIsAsLongAsItsText() {
    assertThat(JsonPointer.parse("/workplans/0/priorities/12/title").sortKey())
        .hasSize("/workplans/0/priorities/12/title".length());
  }

  private static int compare(String a, String b) {
    return Arrays.compareUnsigned(JsonPointer.parse(a).sortKey(), JsonPointer.parse(b).sortKey());
  }
}
