package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The quick way to a name's key, for plain ASCII, gives the key that folding it in full gives. */
class TextMatchingTest {

  /** Characters that meet every branch: letters of both cases, spaces of several kinds, accents, quotes. */
  private static final List<String> PIECES = List.of(
      "a", "Z", "m", "0", "-", "'", "~", " ", "  ", "\t", "\u00a0", "é", "É", "\u2019", "\u2013", "ﬁ", "\u0301", "\u007f");

  @Test
  void theKeyIsTheFullFoldingOfTheName() {
    qt().withExamples(20_000)
        .forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 8))
        .checkAssert(indices -> {
          String text = indices.stream().map(PIECES::get).collect(Collectors.joining());
          assertThat(TextMatching.key(text)).as("'%s'", text).isEqualTo(TextMatching.fold(text));
        });
  }

  @Test
  void codesAndAliasesCompareWithoutCase() {
    assertThat(TextMatching.key("UN Women")).isEqualTo("un women");
    assertThat(TextMatching.key(" OIM ")).isEqualTo("oim");
    assertThat(TextMatching.key("Organisation  internationale")).isEqualTo("organisation internationale");
  }
}
