package io.github.gcmkit.model.workplan;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.gcmkit.model.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkplanInvariantsTest {

  private final Workplan workplan = WcaWorkplan.workplan();

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", " 2020-2021", "2020-2021 "})
  void rejectsABlankOrPaddedId(String id) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> workplan.withId(id))
        .withMessageStartingWith("id: ");
  }

  @Test
  void rejectsAWorkstreamIdUsedInTwoPriorities() {
    Priority second =
        Priority.builder()
            .kind(PriorityKind.CORE)
            .number(2)
            .title(LocalizedText.en("Enhance knowledge of UNMNs"))
            .addWorkstream(Workstream.builder().id("1.2").build())
            .build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Workplan.builder().from(workplan).addPriority(second).build())
        .withMessage("priorities[1].workstreams[0].id: '1.2' is used twice in the workplan");
  }

  @Test
  void rejectsAWorkstreamIdUsedTwiceInOnePriority() {
    Priority priority = WcaWorkplan.priorityOne();

    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Priority.builder().from(priority).addWorkstream(priority.workstreams().get(0)).build())
        .withMessage("workstreams[3].id: '1.1' is used twice");
  }

  @Test
  void rejectsTwoPrioritiesOfTheSameKindAndNumber() {
    Priority again = Priority.builder().kind(PriorityKind.CORE).number(1).title(LocalizedText.en("Again")).build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Workplan.builder().from(workplan).addPriority(again).build())
        .withMessage("priorities[1].id: 'core-1' is used twice");
  }

  @Test
  void rejectsTwoNotesWithOneId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Workplan.builder().from(workplan).addNote(Note.of("1", LocalizedText.en("Again"))).build())
        .withMessage("notes[1].id: '1' is used twice");
  }

  @Test
  void rejectsABadLanguageTag() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> workplan.withLanguage("EN"))
        .withMessageStartingWith("language: ")
        .withMessageContaining("'en'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> workplan.withLanguage("english!"))
        .withMessageStartingWith("language: ");
  }

  @Test
  void rejectsABlankRevisedWorkplanId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> workplan.withRevises(""))
        .withMessageStartingWith("revises: ");
  }

  @Test
  void rejectsAPriorityNumberBelowOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WcaWorkplan.priorityOne().withNumber(0))
        .withMessageStartingWith("number: ");
  }
}
