package io.github.gcmkit.model.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.gcmkit.model.LocalizedText;
import org.junit.jupiter.api.Test;

class CharterInvariantsTest {

  private final Charter charter = SenegalCharter.charter();

  @Test
  void rejectsTwoObjectivesWithOneId() {
    CharterObjective again = CharterObjective.of("3", LocalizedText.fr("Encore"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Charter.builder().from(charter).addObjective(again).build())
        .withMessage("objectives[11].id: '3' is used twice");
  }

  @Test
  void rejectsABlankObjectiveId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CharterObjective.of(" ", LocalizedText.fr("Partager")))
        .withMessageStartingWith("id: ");
  }

  @Test
  void rejectsABadLanguageTag() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> charter.withLanguage("fr_SN"))
        .withMessageStartingWith("language: ");
  }

  @Test
  void rejectsTwoWorkingGroupsWithOneIdAndABlankOne() {
    WorkingGroup data = WorkingGroup.builder().id("data").name(LocalizedText.en("Data")).build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> charter.governance().withWorkingGroups(data, data))
        .withMessage("workingGroups[1].id: 'data' is used twice");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> data.withId(""))
        .withMessageStartingWith("id: ");
  }

  @Test
  void rejectsATermBelowOneMonthAndABlankReportingNetwork() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Tenure.rotating(0))
        .withMessageStartingWith("termMonths: ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportingLine.toNetwork(""))
        .withMessageStartingWith("network: ");
  }

  @Test
  void acceptsACharterThatSaysNothing() {
    Charter empty = Charter.builder().build();

    assertThat(empty.language()).isEqualTo("en");
    assertThat(empty.governance().coChairs()).isEmpty();
  }
}
