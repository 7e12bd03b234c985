package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.rules.fixtures.Cameroon;
import io.github.gcmkit.rules.fixtures.Fixtures;
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
    assertThatThrownBy(() -> new Baseline.Entry(" ", Optional.empty(), JsonPointer.root()))
        .hasMessage("ruleId: the rule id is blank");
  }

  private static Federation replace(Federation federation, Network network) {
    List<Network> networks = new ArrayList<>();
    federation.networks().forEach(n -> networks.add(n.id().equals(network.id()) ? network : n));
    return federation.withNetworks(networks);
  }
}
