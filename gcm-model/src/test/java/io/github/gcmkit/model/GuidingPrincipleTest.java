package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GuidingPrincipleTest {

  @Test
  void thereAreTenFromParagraph15aTo15j() {
    assertThat(GuidingPrinciple.values()).hasSize(10);
    char letter = 'a';
    for (GuidingPrinciple principle : GuidingPrinciple.values()) {
      assertThat(principle.paragraph()).isEqualTo(letter++);
      assertThat(GuidingPrinciple.ofParagraph(principle.paragraph())).isSameAs(principle);
      assertThat(GuidingPrinciple.ofNumber(principle.number())).isSameAs(principle);
      assertThat(principle.title().languages()).containsExactly("en", "fr");
    }
    assertThat(GuidingPrinciple.ofParagraph('J')).isEqualTo(GuidingPrinciple.WHOLE_OF_SOCIETY);
  }

  @Test
  void rejectsParagraphsAndNumbersThatDoNotExist() {
    assertThatIllegalArgumentException().isThrownBy(() -> GuidingPrinciple.ofParagraph('k'))
        .withMessageContaining("15(k)");
    assertThatIllegalArgumentException().isThrownBy(() -> GuidingPrinciple.ofNumber(0))
        .withMessageContaining("1..10");
    assertThatIllegalArgumentException().isThrownBy(() -> GuidingPrinciple.ofNumber(11))
        .withMessageContaining("1..10");
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "People-centred | PEOPLE_CENTRED",
        "PEOPLE-CENTRED | PEOPLE_CENTRED",
        "Priorité à la dimension humaine | PEOPLE_CENTRED",
        "Droits de l'homme | HUMAN_RIGHTS",
        "droits de l’homme | HUMAN_RIGHTS",
        "Approche mobilisant l'ensemble de la société | WHOLE_OF_SOCIETY",
        "APPROCHE MOBILISANT L’ENSEMBLE DES POUVOIRS PUBLICS | WHOLE_OF_GOVERNMENT",
        "Whole-of-society approach | WHOLE_OF_SOCIETY",
        "Primauté du droit et garanties d'une procédure régulière | RULE_OF_LAW"
      })
  void isFoundByNameInEitherLanguage(String name, GuidingPrinciple principle) {
    assertThat(GuidingPrinciple.find(name)).contains(principle);
  }

  @Test
  void unknownNamesGiveNothing() {
    assertThat(GuidingPrinciple.find("Whole-of-UN approach")).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "15(a), PEOPLE_CENTRED", "15(g), GENDER_RESPONSIVE", "15 (j), WHOLE_OF_SOCIETY",
    "15(F), HUMAN_RIGHTS", "' 15(e) ', SUSTAINABLE_DEVELOPMENT"
  })
  void aDocumentMayCiteAPrincipleByItsParagraph(String citation, GuidingPrinciple principle) {
    assertThat(GuidingPrinciple.ofCitation(citation)).contains(principle);
  }

  @ParameterizedTest(name = "\"{0}\" cites no principle")
  @ValueSource(strings = {"15(k)", "16(a)", "15a", "(a)", "a", "15()", "human-rights"})
  void onlyParagraphFifteenAToJCitesAPrinciple(String citation) {
    assertThat(GuidingPrinciple.ofCitation(citation)).isEmpty();
  }

  @Test
  void everyPrincipleIsCitedByItsOwnParagraph() {
    for (GuidingPrinciple principle : GuidingPrinciple.values()) {
      assertThat(GuidingPrinciple.ofCitation("15(" + principle.paragraph() + ")")).contains(principle);
    }
  }
}
