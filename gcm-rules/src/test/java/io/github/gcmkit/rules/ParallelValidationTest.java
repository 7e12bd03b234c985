package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.testkit.ModelGenerators;
import org.junit.jupiter.api.Test;

/**
 * Validation on two threads, which share the federation's networks between them, gives the report
 * of one thread: the same findings in the same order, the same undecided elements and statuses.
 */
class ParallelValidationTest {

  private static final Federation FEDERATION = ModelGenerators.defaults().fullFederation(60).sample(42);

  @Test
  void twoThreadsGiveTheReportOfOne() {
    Report one = Validator.builder().parallelism(1).build().validate(FEDERATION);
    Report two = Validator.builder().parallelism(2).build().validate(FEDERATION);
    assertThat(one.findings()).isNotEmpty();
    assertThat(two.findings()).containsExactlyElementsOf(one.findings());
    assertThat(two.notEvaluated()).containsExactlyElementsOf(one.notEvaluated());
    assertThat(two.rulesPassed()).isEqualTo(one.rulesPassed());
    assertThat(two.rulesFailed()).isEqualTo(one.rulesFailed());
    assertThat(two.counts()).isEqualTo(one.counts());
    assertThat(two).isEqualTo(one);
    assertThat(two.toText("fr")).isEqualTo(one.toText("fr"));
  }

  @Test
  void aRuleThatFailsOnAnotherThreadIsReportedAsItFailed() {
    Rule broken = Rule.builder("acme.workplan.broken")
        .title("t").rationale("r").severity(Severity.WARNING)
        .check(Target.WORKPLAN, (Workplan w, RuleContext c) -> {
          throw new IllegalArgumentException("no way");
        })
        .build();
    Validator validator = Validator.builder().catalog(RuleCatalog.of(broken))
        .profile(Profile.builder("all").include(Profile.ALL).build()).parallelism(2).build();
    assertThatIllegalStateException().isThrownBy(() -> validator.validate(FEDERATION))
        .withMessageContaining("acme.workplan.broken").withMessageContaining("no way");
  }
}
