package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MptfThematicAreaTest {

  @Test
  void thereAreFiveNumberedInOrder() {
    assertThat(MptfThematicArea.values()).hasSize(5);
    for (MptfThematicArea area : MptfThematicArea.values()) {
      assertThat(MptfThematicArea.ofNumber(area.number())).isSameAs(area);
      assertThat(area.title().languages()).containsExactly("en", "fr");
    }
    assertThatIllegalArgumentException().isThrownBy(() -> MptfThematicArea.ofNumber(6))
        .withMessageContaining("1..5");
  }

  @Test
  void everyObjectiveIsInAnAreaAndObjectiveSevenInTwo() {
    for (GcmObjective objective : GcmObjective.values()) {
      assertThat(MptfThematicArea.covering(objective))
          .as("areas covering objective %s", objective.number())
          .hasSize(objective == GcmObjective.VULNERABILITIES ? 2 : 1);
    }
    assertThat(MptfThematicArea.covering(GcmObjective.ofNumber(7)))
        .containsExactly(MptfThematicArea.DATA_DRIVEN_DISCOURSE, MptfThematicArea.PROTECTING_MIGRANTS);
  }

  @Test
  void areasHoldTheirObjectivesInNumberOrder() {
    assertThat(MptfThematicArea.SOCIAL_INCLUSION.objectives())
        .extracting(GcmObjective::number)
        .containsExactly(14, 15, 16);
    assertThat(Arrays.stream(MptfThematicArea.values()).mapToInt(a -> a.objectives().size()).sum())
        .isEqualTo(24);
  }

  @Test
  void isFoundByTitleInEitherLanguage() {
    assertThat(MptfThematicArea.find("improving the social inclusion and integration of migrants"))
        .contains(MptfThematicArea.SOCIAL_INCLUSION);
    assertThat(MptfThematicArea.find("Améliorer l'inclusion sociale et l'intégration des migrants"))
        .contains(MptfThematicArea.SOCIAL_INCLUSION);
    assertThat(MptfThematicArea.find("Social inclusion")).isEmpty();
  }
}
