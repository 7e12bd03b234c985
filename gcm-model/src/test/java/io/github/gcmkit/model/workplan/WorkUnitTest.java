package io.github.gcmkit.model.workplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.StakeholderRef;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WorkUnitTest {

  @Test
  void aPriorityWithoutWorkstreamsCarriesItsOwnWork() {
    Priority data =
        Priority.builder()
            .kind(PriorityKind.THEMATIC)
            .number(1)
            .title(LocalizedText.en("Migration data"))
            .addLead(StakeholderRef.entity("IOM"))
            .leadsWording(LocalizedText.en("IOM"))
            .schedule(Schedule.recurring(Frequency.QUARTERLY))
            .addActivity(Activity.of("1", LocalizedText.en("Support the creation of a working group")))
            .build();
    WorkUnit unit = data;
    assertThat(unit.leads()).containsExactly(StakeholderRef.entity("IOM"));
    assertThat(unit.participants()).isEmpty();
    assertThat(data.schedule()).isEqualTo(Schedule.recurring(Frequency.QUARTERLY));
  }

  @Test
  void nothingIsAssignedUnlessTheDocumentSaysSo() {
    Priority priority =
        Priority.builder().kind(PriorityKind.CORE).number(1).title(LocalizedText.en("Core")).build();
    Activity activity = Activity.of("1", LocalizedText.en("Organize quarterly webinars"));
    Workstream workstream = Workstream.builder().id("1.1").build();
    Stream.<WorkUnit>of(priority, activity, workstream)
        .forEach(
            unit -> {
              assertThat(unit.leads()).isEmpty();
              assertThat(unit.participants()).isEmpty();
              assertThat(unit.leadsWording()).isEmpty();
              assertThat(unit.participantsWording()).isEmpty();
            });
    assertThat(priority.schedule()).isEqualTo(Schedule.unspecified());
  }
}
