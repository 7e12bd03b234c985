package io.github.gcmkit.model.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.gcmkit.model.LocalizedText;
import org.junit.jupiter.api.Test;

/** Ids in workstreams and activity trees: non-blank, unique among siblings, free across levels. */
class ActivityTreeInvariantsTest {

  private static Activity activity(String id) {
    return Activity.of(id, LocalizedText.en("Activity " + id));
  }

  @Test
  void rejectsABlankWorkstreamId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Workstream.builder().id(" ").build())
        .withMessageStartingWith("id: ");
  }

  @Test
  void rejectsTwoActivitiesOfAWorkstreamWithOneId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Workstream.builder().id("1.2").addActivities(activity("1"), activity("2"), activity("1")).build())
        .withMessage("activities[2].id: '1' is used twice");
  }

  @Test
  void rejectsTwoActivitiesOfAPriorityWithOneId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WcaWorkplan.priorityOne().withActivities(activity("1"), activity("1")))
        .withMessage("activities[1].id: '1' is used twice");
  }

  @Test
  void rejectsTwoSubActivitiesWithOneId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> activity("3").withSubActivities(activity("3.a"), activity("3.a")))
        .withMessage("subActivities[1].id: '3.a' is used twice");
  }

  @Test
  void rejectsABlankActivityIdOrEventId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> activity(""))
        .withMessageStartingWith("id: ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> activity("1").withEvents(" "))
        .withMessageStartingWith("events: ");
  }

  @Test
  void idsNeedOnlyBeUniqueAmongSiblings() {
    Activity one = activity("1").withSubActivities(activity("1").withSubActivities(activity("1")));
    Workstream workstream = Workstream.builder().id("1.3").addActivities(one, activity("2")).build();

    assertThat(workstream.allActivities()).hasSize(4);
  }
}
