package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.io.report.ReportContext;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.rules.Severity;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * gcm-io's public values ({@link Location}, {@link GcmDocument}, and the {@link ReportContext} of
 * the report writers) are Immutables values like the model's: equal by content, with a hash code
 * that agrees, and refusing null and malformed parts when built.
 */
class ValueStyleTest {

  private static final Gen<String> SOURCES =
      strings().basicLatinAlphabet().ofLengthBetween(1, 12).assuming(s -> !s.isBlank());

  @Test
  void locationsAreEqualExactlyWhenTheirPartsAre() {
    Gen<Integer> lines = integers().between(1, 5);
    qt().forAll(SOURCES, lines, lines).checkAssert((source, line, column) -> {
      Location one = Location.of(source, line, column);
      Location same = Location.of(source, line, column);
      assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).hasToString(source + ":" + line + ":" + column);
      assertThat(one).isNotEqualTo(Location.of(source, line + 1, column))
          .isNotEqualTo(Location.of(source, line, column + 1))
          .isNotEqualTo(Location.of(source + "x", line, column));
    });
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose, to see it refused
  void aLocationRefusesNullAndWhatIsNotOneBased() {
    assertThatNullPointerException().isThrownBy(() -> Location.of(null, 1, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> Location.of(" ", 1, 1)).withMessageContaining("source");
    assertThatIllegalArgumentException().isThrownBy(() -> Location.of("a.json", 0, 1)).withMessageContaining("line");
    assertThatIllegalArgumentException().isThrownBy(() -> Location.of("a.json", 1, 0)).withMessageContaining("column");
  }

  @Test
  void documentsAreEqualByKindValueAndExtensionsWhereverTheyWereRead() {
    GcmJson json = GcmJson.with(GeneratedModels.OPTIONS);
    qt().withExamples(40).forAll(GeneratedModels.documents()).checkAssert(model -> {
      GcmDocument built = GcmDocument.of(model);
      GcmDocument read = json.read(json.write(model));
      assertThat(read).isEqualTo(built).hasSameHashCodeAs(built);
      assertThat(read.positions()).isNotSameAs(built.positions());
      GcmDocument extended =
          GcmDocument.of(built.kind(), model, ImmutableMap.of("", ImmutableMap.of("x", "1")));
      assertThat(extended).isNotEqualTo(built);
      assertThat(extended.extensions()).containsOnlyKeys("");
    });
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose, to see it refused
  void aDocumentRefusesNullAndAValueOfAnotherKind() {
    assertThatNullPointerException().isThrownBy(() -> GcmDocument.of(DocumentKind.NETWORK, null, ImmutableMap.of()));
    assertThatNullPointerException().isThrownBy(() -> GcmDocument.of(DocumentKind.NETWORK, "x", null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GcmDocument.of(DocumentKind.NETWORK, "not a network", ImmutableMap.of()))
        .withMessageContaining("value");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose, to see it refused
  void aReportContextIsBuiltAndCopiedAsTheModelsValuesAre() {
    ReportContext context = ReportContext.builder()
        .profile("baseline")
        .failLevel(Severity.ERROR)
        .language(LocalizedText.ENGLISH)
        .sources(SourceMap.none())
        .build();
    assertThat(context.colour()).isFalse();
    assertThat(context.federation()).isEmpty();
    assertThat(context.withColour(true)).isNotEqualTo(context);
    assertThat(context.withColour(true).withColour(false)).isEqualTo(context).hasSameHashCodeAs(context);
    assertThatNullPointerException().isThrownBy(() -> ReportContext.builder().profile(null));
    assertThatIllegalStateException()
        .isThrownBy(() -> ReportContext.builder().profile("baseline").build())
        .withMessageContaining("failLevel");
  }
}
