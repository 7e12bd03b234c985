package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.fixtures.Cameroon;
import io.github.gcmkit.rules.fixtures.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Adopting the rules on imperfect documents: only new findings are reported. */
class BaselineTest {

  private static final Federation SEEDS = Fixtures.federation();

  @Test
  void aBaselineFromAReportAcceptsEveryFindingOfIt() {
    Report today = Validator.of(Profile.baseline()).validate(SEEDS);
    Baseline accepted = Baseline.of(today);
    Report again = Validator.builder().baseline(accepted).build().validate(SEEDS);
    assertThat(again.findings()).isEmpty();
    assertThat(again.acceptedCount()).isEqualTo(today.findings().size());
    assertThat(again.noLongerOccurring()).isEmpty();
    assertThat(again.passed(Severity.INFO)).isTrue();
    assertThat(again.rulesFailed()).isEmpty();
    assertThat(Baseline.of(again)).isEqualTo(accepted);
  }

  @Test
  void onlyNewFindingsAreReportedAndFixedOnesAreListed() {
    Baseline accepted = Baseline.of(Validator.of(Profile.baseline()).validate(SEEDS));
    // Cameroon moves its side event to COP 28, and loses its workplan's period.
    Network changed = Cameroon.network().withWorkplans(Cameroon.workplan()
        .withPriorities(Cameroon.thematicObjectives()).withPeriod(Optional.empty()));
    Report next = Validator.builder().baseline(accepted).build().validate(replace(SEEDS, changed));
    assertThat(next.findings()).extracting(Finding::ruleId).containsExactly("workplan.period.valid");
    assertThat(next.noLongerOccurring())
        .extracting(Baseline.Entry::ruleId)
        .containsExactlyInAnyOrder(
            "workplan.gcm-linkage", "workplan.gcm-linkage", "workplan.gcm-linkage",
            "workplan.workstream.lead-required", "workplan.workstream.lead-required",
            "workplan.workstream.lead-required", "workplan.workstream.participants",
            "workplan.workstream.participants", "workplan.workstream.participants",
            "workplan.workstream.timeline-required", "workplan.workstream.timeline-required",
            "workplan.workstream.timeline-required", "workplan.dated-reference-in-period");
    assertThat(next.toString()).contains("Baseline: 36 findings accepted; 13 accepted findings no longer occur.");
  }

  @Test
  void anEntryOfARuleThatDidNotRunIsNotListedAsNoLongerOccurring() {
    Report today = Validator.of(Profile.baseline()).validate(SEEDS);
    Finding charterFinding = today.findings().stream()
        .filter(f -> f.ruleId().startsWith("charter.")).findFirst().orElseThrow();
    Baseline accepted = Baseline.of(today);

    // The profile leaves the rule out (as the check of NDJSON lines leaves out the federation's
    // rules): its entries were not judged, and updating the baseline must keep them.
    Profile without = Profile.builder("without").from(Profile.baseline()).exclude(charterFinding.ruleId()).build();
    Report leftOut = Validator.builder().profile(without).baseline(accepted).build().validate(SEEDS);
    assertThat(leftOut.findings()).isEmpty();
    assertThat(leftOut.noLongerOccurring()).isEmpty();
    assertThat(accepted.without(leftOut.noLongerOccurring())).isEqualTo(accepted);

    // A workplan checked alone: only the workplan's rules run on it, and their entries (of
    // network cm) match nothing there; the entries of every other rule were not judged.
    Workplan workplan = Cameroon.network().workplans().get(0);
    Report alone = Validator.builder().baseline(accepted).build().validate(workplan);
    RuleCatalog catalog = RuleCatalog.installed();
    assertThat(alone.noLongerOccurring()).isNotEmpty().allSatisfy(e ->
        assertThat(catalog.rule(e.ruleId()).orElseThrow().target()).isEqualTo(Target.WORKPLAN));

    // A rule the catalogue no longer has: its entry matches nothing, and no longer occurs.
    Baseline.Entry retired = Baseline.Entry.of("charter.retired-rule", charterFinding.networkId(),
        charterFinding.localPointer());
    List<Baseline.Entry> entries = new ArrayList<>(accepted.entries());
    entries.add(retired);
    Report withRetired = Validator.builder().baseline(Baseline.of(entries)).build().validate(SEEDS);
    assertThat(withRetired.noLongerOccurring()).containsExactly(retired);
  }

  @Test
  void entriesMatchByNetworkAndLocalPointerSoNewNetworksDoNotUnfreezeThem() {
    Baseline accepted = Baseline.of(Validator.of(Profile.baseline()).validate(SEEDS));
    List<Network> networks = new ArrayList<>(SEEDS.networks());
    networks.add(0, Fixtures.global().withId("elsewhere"));
    Report next = Validator.builder().baseline(accepted).build().validate(SEEDS.withNetworks(networks));
    assertThat(next.findings()).allMatch(f -> f.networkId().orElseThrow().equals("elsewhere"));
    assertThat(next.noLongerOccurring()).isEmpty();
  }

  @Test
  void entriesAreChecked() {
    assertThatThrownBy(() -> Baseline.Entry.of(" ", Optional.empty(), JsonPointer.root()))
        .hasMessage("ruleId: the rule id is blank");
  }

  @Test
  void anExpiredEntryNoLongerAcceptsItsFinding() {
    Report today = Validator.of(Profile.baseline()).validate(SEEDS);
    Finding first = today.findings().get(0);
    Baseline.Entry noted = Baseline.Entry.of(first.ruleId(), first.networkId(), first.localPointer(),
        Optional.of("the ToR are being revised"), Optional.of("co-chairs"), Optional.of(LocalDate.of(2027, 6, 30)));
    Baseline accepted = Baseline.of(List.of(noted));

    assertThat(accepted.activeOn(LocalDate.of(2027, 6, 29)).entries()).containsExactly(noted);
    assertThat(accepted.expiredOn(LocalDate.of(2027, 6, 29))).isEmpty();
    assertThat(accepted.activeOn(LocalDate.of(2027, 6, 30)).isEmpty()).isTrue();
    assertThat(accepted.expiredOn(LocalDate.of(2027, 6, 30))).containsExactly(noted);

    Report before = Validator.builder().baseline(accepted).asOf(LocalDate.of(2027, 6, 29)).build().validate(SEEDS);
    Report after = Validator.builder().baseline(accepted).asOf(LocalDate.of(2027, 6, 30)).build().validate(SEEDS);
    assertThat(before.findings()).doesNotContain(first);
    assertThat(before.accepted()).contains(first);
    assertThat(before.expired()).isEmpty();
    assertThat(after.findings()).contains(first);
    assertThat(after.accepted()).isEmpty();
    assertThat(after.expired()).containsExactly(noted);
    assertThat(after.noLongerOccurring()).isEmpty();
  }

  @Test
  void theValidatorJudgesExpiryOnTheDayItIsBuiltUnlessToldADay() {
    Report today = Validator.of(Profile.baseline()).validate(SEEDS);
    Finding first = today.findings().get(0);
    Baseline.Entry yesterday = Baseline.Entry.of(first.ruleId(), first.networkId(), first.localPointer(),
        Optional.empty(), Optional.empty(), Optional.of(LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1)));
    Baseline.Entry nextYear = Baseline.Entry.of(first.ruleId(), first.networkId(), first.localPointer(),
        Optional.empty(), Optional.empty(), Optional.of(LocalDate.now(java.time.ZoneOffset.UTC).plusYears(1)));

    assertThat(Validator.builder().baseline(Baseline.of(List.of(yesterday))).build().validate(SEEDS).expired())
        .containsExactly(yesterday);
    assertThat(Validator.builder().baseline(Baseline.of(List.of(nextYear))).build().validate(SEEDS).accepted())
        .containsExactly(first);
  }

  @Test
  void anEntryIsKnownByItsRuleNetworkAndPointerWhateverItsNotes() {
    Baseline.Entry bare = Baseline.Entry.of("workplan.period.valid", Optional.of("cm"), JsonPointer.parse("/workplans/0"));
    Baseline.Entry noted = Baseline.Entry.of("workplan.period.valid", Optional.of("cm"), JsonPointer.parse("/workplans/0"),
        Optional.of("why"), Optional.empty(), Optional.empty());
    assertThat(noted).isEqualTo(bare).hasSameHashCodeAs(bare);
    assertThat(bare.expiredOn(LocalDate.MAX)).isFalse();
    assertThatThrownBy(() -> Baseline.Entry.of("workplan.period.valid", Optional.empty(), JsonPointer.parse(""),
        Optional.of(" "), Optional.empty(), Optional.empty())).hasMessage("reason: the reason is blank");
  }

  @Test
  void aBaselineShrinksByItsStaleEntriesAndKeepsTheNotesOfTheOthers() {
    Baseline.Entry kept = Baseline.Entry.of("workplan.period.valid", Optional.of("cm"), JsonPointer.parse("/workplans/0"),
        Optional.of("why"), Optional.of("who"), Optional.empty());
    Baseline.Entry stale = Baseline.Entry.of("charter.mission.required", Optional.of("sn"), JsonPointer.parse("/charter"));
    Baseline shrunk = Baseline.of(List.of(kept, stale)).without(List.of(stale));
    assertThat(shrunk.entries()).singleElement().satisfies(e -> {
      assertThat(e.reason()).contains("why");
      assertThat(e.acceptedBy()).contains("who");
    });
  }

  private static Federation replace(Federation federation, Network network) {
    List<Network> networks = new ArrayList<>();
    federation.networks().forEach(n -> networks.add(n.id().equals(network.id()) ? network : n));
    return federation.withNetworks(networks);
  }

  @Test
  void aBaselineIsAValueOfItsEntriesWhateverCatalogueVersionItRecords() {
    Baseline.Entry mission = Baseline.Entry.of("charter.mission.required", Optional.of("sn"), JsonPointer.parse("/charter/mission"));
    Baseline.Entry period = Baseline.Entry.of("workplan.period.valid", Optional.of("cm"), JsonPointer.parse("/workplans/0/period"));
    Baseline given = Baseline.of(List.of(period, mission));
    Baseline recorded = given.withCatalogVersion(Optional.of("7.2"));
    assertThat(recorded.catalogVersion()).contains("7.2");
    assertThat(recorded.entries()).containsExactly(period, mission);
    assertThat(recorded).isEqualTo(given).hasSameHashCodeAs(given);
    assertThat(recorded.withCatalogVersion(Optional.empty()).catalogVersion()).isEmpty();
    assertThat(Baseline.empty()).isEqualTo(Baseline.of(List.of())).isNotEqualTo(given);
    assertThat(Baseline.empty().isEmpty()).isTrue();
    assertThat(given.without(List.of(mission)).entries()).containsExactly(period);
  }
}
