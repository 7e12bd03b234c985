package io.github.gcmkit.model.workplan;

import static io.github.gcmkit.model.StakeholderRef.entity;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.GroupKind;
import io.github.gcmkit.model.GuidingPrinciple;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Core priority 1 of the West and Central Africa workplan, built in full by {@link WcaWorkplan}. */
class WcaWorkplanTest {

  private final Workplan workplan = WcaWorkplan.workplan();
  private final Priority priority = WcaWorkplan.priorityOne();

  @Test
  void isTheLivingWorkplanFor2020To2021() {
    assertThat(workplan.id()).isEqualTo("2020-2021");
    assertThat(workplan.language()).isEqualTo("en");
    assertThat(workplan.period())
        .contains(Period.of(YearMonth.of(2020, 11), YearMonth.of(2021, 12)));
    assertThat(workplan.issued()).contains(PartialDate.of(LocalDate.of(2020, 11, 20)));
    assertThat(workplan.livingDocument()).isTrue();
  }

  @Test
  void meetsQuarterlyAndUpdatesTheRegionalDirectorsQuarterly() {
    WorkplanModalities modalities = workplan.modalities().orElseThrow();

    assertThat(modalities.meetingFrequency()).contains(Frequency.QUARTERLY);
    assertThat(modalities.coordinator()).contains(entity("IOM"));
    assertThat(modalities.draftedBy()).contains(GoverningBody.TECHNICAL_GROUP);
    assertThat(modalities.validatedBy()).contains(GoverningBody.EXECUTIVE_COMMITTEE);
    assertThat(modalities.consultedFirst()).containsExactly(GoverningBody.NETWORK);
    assertThat(modalities.progressUpdateFrequency()).contains(Frequency.QUARTERLY);
    assertThat(modalities.progressUpdatesTo())
        .map(g -> ((StakeholderGroup) g).kind())
        .containsExactly(GroupKind.REGIONAL_DIRECTORS);
    assertThat(modalities.wording()).hasSize(5);
  }

  @Test
  void priorityOneIsCoreAndPromotesWholeOfGovernmentAndSociety() {
    assertThat(workplan.priority(PriorityKind.CORE, 1)).containsSame(priority);
    assertThat(priority.id()).isEqualTo("core-1");
    assertThat(priority.links().principles())
        .containsExactly(GuidingPrinciple.WHOLE_OF_GOVERNMENT, GuidingPrinciple.WHOLE_OF_SOCIETY);
    assertThat(priority.workstreams()).extracting(Workstream::id).containsExactly("1.1", "1.2", "1.3");
  }

  @Test
  void timelinesAreWindowsOfMonths() {
    assertThat(period("1.1")).isEqualTo(Period.of(YearMonth.of(2020, 11), YearMonth.of(2020, 12)));
    assertThat(period("1.2")).isEqualTo(Period.of(YearMonth.of(2020, 12)));
    assertThat(period("1.3")).isEqualTo(Period.of(YearMonth.of(2020, 11)));
    assertThat(workplan.workstreams())
        .allSatisfy(w -> assertThat(workplan.period().orElseThrow().contains(period(w.id()))).isTrue());
  }

  @Test
  void activitiesNestAsTheDocumentDoes() {
    assertThat(ids("1.1")).containsExactly(
        "1", "2", "3", "3.a", "3.b", "3.c", "3.d", "3.e", "4", "4.a", "4.b", "4.c", "4.d", "4.e");
    assertThat(ids("1.2")).containsExactly("1", "2", "3");
    assertThat(ids("1.3")).containsExactly("1", "1.a", "1.b", "1.c", "2", "3");
    assertThat(priority.allActivities()).hasSize(23);
    assertThat(workstream("1.1").activities().get(3).subActivities().get(1).text().text())
        .startsWith("Promote the inclusion of at least one session");
  }

  @Test
  void theFootnoteIsReferencedFromTheEcowasThematicSessions() {
    Note note = workplan.note("1").orElseThrow();

    assertThat(note.text().text()).startsWith("In preparation of the workplan");
    assertThat(priority.allActivities().filter(a -> !a.notes().isEmpty()))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.id()).isEqualTo("3.b");
          assertThat(a.notes()).containsExactly("1");
          assertThat(a.text().text()).doesNotContain("¹");
        });
  }

  @Test
  void leadsAreStructuredAndKeepTheCellsWording() {
    Workstream first = workstream("1.1");

    assertThat(first.leads()).hasSize(5);
    assertThat(first.leads().subList(0, 3))
        .containsExactly(entity("AUC"), entity("ECOWAS"), entity("ECCAS"));
    assertThat(first.leads().get(3).entityIds())
        .containsExactlyInAnyOrder(EntityId.of("IOM"), EntityId.of("OHCHR"));
    assertThat(first.leadsWording().orElseThrow().text()).isEqualTo(WcaWorkstreamOne.LEADS);
    assertThat(first.participantsWording().orElseThrow().text())
        .isEqualTo(WcaWorkstreamOne.PARTICIPANTS);
    assertThat(workstream("1.2").leads()).containsExactly(entity("OHCHR"), entity("UNICEF"));
    assertThat(workstream("1.3").leads()).singleElement()
        .satisfies(lead -> assertThat(((StakeholderGroup) lead).network()).contains("wca"));
  }

  @Test
  void participantsMixOrganisationsGroupsAndNetworks() {
    assertThat(workstream("1.1").participants()).hasSize(8);
    assertThat(workstream("1.2").participants()).hasSize(7);
    assertThat(workstream("1.3").participants()).hasSize(5);
    StakeholderGroup global = (StakeholderGroup) workstream("1.3").participants().get(2);
    assertThat(global.kind()).isEqualTo(GroupKind.NETWORKS);
    assertThat(global.network()).contains("global");
    assertThat(global.wording().text()).isEqualTo("Global UN Network on Migration");
  }

  @Test
  void everyOrganisationNamedIsInTheDefaultCatalogue() {
    List<StakeholderRef> refs =
        workplan.workstreams()
            .flatMap(w -> Stream.of(
                w.leads().stream(),
                w.participants().stream(),
                w.allActivities().flatMap(a -> a.stakeholders().stream())))
            .flatMap(s -> s)
            .collect(Collectors.toList());

    assertThat(refs.stream().flatMap(r -> r.entityIds().stream()))
        .isNotEmpty()
        .allSatisfy(id -> assertThat(EntityCatalog.defaults().contains(id)).as(id.code()).isTrue());
  }

  private Workstream workstream(String id) {
    return workplan.workstream(id).orElseThrow();
  }

  private Period period(String workstream) {
    return workstream(workstream).schedule().period().orElseThrow();
  }

  private List<String> ids(String workstream) {
    return workstream(workstream).allActivities().map(Activity::id).collect(Collectors.toList());
  }
}
