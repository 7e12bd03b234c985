package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.MessageBundle;
import org.junit.jupiter.api.Test;

/** A reading problem in English and French, from the bundle of reading problems or as free text. */
class FormatProblemTest {

  private static final JsonPointer AT = JsonPointer.parse("/charter/governance/cochairs");

  @Test
  void everyProblemOfTheBundleExistsInBothLanguages() {
    MessageBundle problems = MessageBundle.load(FormatProblem.class::getResourceAsStream, "/io/github/gcmkit/io/problems");
    assertThat(problems.frenchKeys()).isEqualTo(problems.englishKeys()).isNotEmpty();
  }

  @Test
  void aProblemOfTheBundleReadsInEitherLanguageAndKeepsItsKey() {
    FormatProblem p = FormatProblem.of(AT, 12, 7, "unknown-field.suggest", "cochairs", "coChairs");

    assertThat(p.key()).contains("unknown-field.suggest");
    assertThat(p.message()).isEqualTo("unknown field 'cochairs'; did you mean 'coChairs'?");
    assertThat(p.message("en")).isEqualTo(p.message());
    assertThat(p.message("fr")).isEqualTo("champ inconnu « cochairs » ; vouliez-vous dire « coChairs » ?");
    assertThat(p.message("de")).isEqualTo(p.message());
    assertThat(p).hasToString("/charter/governance/cochairs: " + p.message());
    assertThat(p.toString("fr")).isEqualTo("/charter/governance/cochairs: " + p.message("fr"));
  }

  @Test
  void freeTextReadsTheSameInEveryLanguage() {
    FormatProblem p = new FormatProblem(JsonPointer.root(), 1, 1, "the document is empty");
    assertThat(p.key()).isEmpty();
    assertThat(p.message("fr")).isEqualTo("the document is empty");
    assertThat(p).hasToString("/: the document is empty");
    assertThatThrownBy(() -> new FormatProblem(JsonPointer.root(), 1, 1, " ")).hasMessage("message: blank");
  }

  @Test
  void whatAProblemQuotesIsEscapedInEveryLanguage() {
    FormatProblem p = FormatProblem.of(AT, 1, 1, "unknown-field", "a\nb\u001b[31m");
    assertThat(p.message()).doesNotContain("\n", "\u001b");
    assertThat(p.message("fr")).doesNotContain("\n", "\u001b");
    FormatProblem given = new FormatProblem(AT, 1, 1, java.util.Optional.empty(),
        LocalizedText.en("x\ny").withTranslation("fr", "x\ry"));
    assertThat(given.message("fr")).doesNotContain("\r");
  }
}
