package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GcmObjectiveTest {

  @Test
  void thereAreTwentyThreeNumberedInOrder() {
    assertThat(GcmObjective.values()).hasSize(23);
    int number = 1;
    for (GcmObjective objective : GcmObjective.values()) {
      assertThat(objective.number()).isEqualTo(number++);
      assertThat(GcmObjective.ofNumber(objective.number())).isSameAs(objective);
    }
  }

  @Test
  void everyTitleAndLabelIsEnglishWithFrench() {
    assertThat(Arrays.stream(GcmObjective.values()).flatMap(o -> Stream.of(o.title(), o.label())))
        .allSatisfy(t -> {
          assertThat(t.original()).isEqualTo("en");
          assertThat(t.languages()).containsExactly("en", "fr");
        });
    assertThat(GcmObjective.ADVERSE_DRIVERS.title().text("fr")).contains("pays d’origine");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 24, 100})
  void numbersOutsideOneToTwentyThreeAreRejected(int number) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GcmObjective.ofNumber(number))
        .withMessageContaining(String.valueOf(number))
        .withMessageContaining("1..23");
  }

  @ParameterizedTest(name = "\"{0}\" is objective {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Save lives and establish coordinated international efforts on missing migrants | 8",
        "SAVE LIVES | 8",
        "save lives | 8",
        "Sauver des vies | 8",
        "Data | 1",
        "Données | 1",
        "donnees | 1",
        "Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d'origine | 2",
        "Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d’origine | 2",
        "S'attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire | 7",
        "s’attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire | 7",
        "  Use migration detention   only as a measure of last resort and work towards alternatives | 13",
        "Éliminer les discriminations | 17",
        "International cooperation | 23",
        "Coopération internationale | 23"
      })
  void isFoundByNameInEitherLanguage(String name, int number) {
    assertThat(GcmObjective.find(name)).contains(GcmObjective.ofNumber(number));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Objective 8", "Save lives at sea"})
  void unknownNamesGiveNothing(String name) {
    assertThat(GcmObjective.find(name)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" is objective {1}")
  @CsvSource({"1, 1", "7, 7", "23, 23", "' 23 ', 23"})
  void aDocumentMayCiteAnObjectiveByItsNumber(String citation, int number) {
    assertThat(GcmObjective.ofCitation(citation)).contains(GcmObjective.ofNumber(number));
  }

  @ParameterizedTest(name = "\"{0}\" cites no objective")
  @ValueSource(strings = {"0", "24", "07", "-1", "", "data", "1.5", "123"})
  void onlyTheNumbersOneToTwentyThreeCiteAnObjective(String citation) {
    assertThat(GcmObjective.ofCitation(citation)).isEmpty();
  }

  @Test
  void everyObjectiveIsCitedByItsOwnNumber() {
    qt().forAll(integers().between(1, 23)).checkAssert(n ->
        assertThat(GcmObjective.ofCitation(Integer.toString(n)).map(GcmObjective::number)).contains(n));
  }
}
