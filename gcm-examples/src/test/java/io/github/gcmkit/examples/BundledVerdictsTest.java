package io.github.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.Provenance;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.NotEvaluated;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.RuleStatus;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Validator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the baseline profile says of the bundled datasets, now that they say what they know. */
class BundledVerdictsTest {

  private static final Report REPORT = Validator.of(Profile.baseline()).validate(Datasets.federation());

  private static long count(String network, String ruleId) {
    return REPORT.findings().stream()
        .filter(f -> f.networkId().equals(Optional.of(network)) && f.ruleId().equals(ruleId))
        .count();
  }

  @Test
  void cameroonsTenPrioritiesAreJudgedAsTheUnitsThatCarryItsWork() {
    assertThat(count("cm", "workplan.workstream.lead-required")).isGreaterThanOrEqualTo(10);
    assertThat(count("cm", "workplan.workstream.timeline-required")).isGreaterThanOrEqualTo(10);
    assertThat(count("cm", "workplan.workstream.participants")).isGreaterThanOrEqualTo(10);
    assertThat(REPORT.notEvaluated())
        .noneMatch(n -> n.networkId().equals(Optional.of("cm")) && n.ruleId().startsWith("workplan.workstream."));
  }

  @Test
  void senegalHasNoErrorAndTheCop27WarningsStay() {
    assertThat(REPORT.findings())
        .noneMatch(f -> f.networkId().equals(Optional.of("sn")) && f.severity() == Severity.ERROR);
    assertThat(REPORT.findings())
        .anyMatch(f -> f.networkId().equals(Optional.of("cm"))
            && f.ruleId().equals("workplan.dated-reference-in-period")
            && f.severity() == Severity.WARNING);
  }

  @Test
  void noNationalNetworkErrsOnTheRegionsPartialListOfCountries() {
    assertThat(REPORT.findings()).noneMatch(f -> f.ruleId().equals("federation.region.covers-country"));
    assertThat(REPORT.status("federation.region.covers-country")).isNotEqualTo(RuleStatus.FAILED);
  }

  @Test
  void theGlobalCharterIsCheckedOnlyOnWhatItsSourcesState() {
    assertThat(REPORT.findings())
        .filteredOn(f -> f.networkId().equals(Optional.of("global")))
        .allSatisfy(f -> {
          assertThat(f.severity()).isNotEqualTo(Severity.ERROR);
          assertThat(f.message().text("en")).startsWith("In what the recorded sources state");
        });
    assertThat(REPORT.notEvaluated())
        .filteredOn(n -> n.networkId().equals(Optional.of("global")))
        .extracting((NotEvaluated x) -> x.localPointer().toString())
        .contains("/charter/governance/meetings", "/charter/governance/coChairs")
        .doesNotContain("/charter");
  }

  @Test
  void findingsOnInterpretedStatementsSaySo() {
    assertThat(REPORT.findings())
        .filteredOn(f -> f.basis() == Provenance.INTERPRETED)
        .allSatisfy(f -> assertThat(f.message().text("en")).contains("This rests on an interpretation"));
    assertThat(REPORT.findings()).extracting(Finding::basis).contains(Provenance.STATED);
  }
}
