package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.testkit.ModelGenerators;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report's order — network id, local pointer, rule id, pointer — whether findings come from a
 * network's own rules, each sorted where it was found, or from federation rules that report into
 * several networks and are merged with them; on one thread or several.
 */
class FindingOrderTest {

  /** Networks whose ids are not in document order ({@code global}, {@code r1}, {@code ad-1}, …). */
  private static final Federation FEDERATION = ModelGenerators.defaults().fullFederation(12).sample(42);

  private static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.networkId().orElse(""))
          .thenComparing(Finding::localPointer)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::pointer);

  private static final RuleCatalog RULES = RuleCatalog.of(List.of(
      rule("acme.z.workplan", Target.WORKPLAN, (Workplan w, RuleContext c) -> fail(c, "/priorities/1", "/priorities/0", "")),
      rule("acme.a.network", Target.NETWORK,
          (Network n, RuleContext c) -> fail(c, "/workplans/0/priorities/0", "/charter", "", "/workplans/0/priorities/1")),
      rule("acme.m.federation", Target.FEDERATION,
          (Federation f, RuleContext c) -> fail(c, "/networks/11/charter/mission", "/networks/3/workplans/0", "/networks/0",
              "", "/networks/3/workplans/0/priorities/0"))));

  @Test
  void findingsFromEveryKindOfRuleAreInTheReportsOrder() {
    for (int threads = 1; threads <= 3; threads++) {
      Report report = Validator.builder().catalog(RULES).profile(Profile.builder("all").include(Profile.ALL).build())
          .parallelism(threads).build().validate(FEDERATION);
      assertThat(report.findings()).as("%s threads", threads).hasSizeGreaterThan(12 * 5)
          .isSortedAccordingTo(ORDER);
      assertThat(report.findings()).filteredOn(f -> f.networkId().isEmpty()).hasSize(1);
    }
  }

  @Test
  void aNetworksFindingsAreInPointerOrderWhateverOrderTheRulesGaveThem() {
    Report report = Validator.builder().catalog(RULES).profile(Profile.builder("all").include(Profile.ALL).build())
        .build().validate(FEDERATION.networks().get(0));
    assertThat(report.findings()).isSortedAccordingTo(ORDER);
    assertThat(report.findings().get(0).localPointer().isRoot()).isTrue();
  }

  private static <T> Rule rule(String id, Target<T> target, Check<T> check) {
    return Rule.builder(id).title("t").rationale("r").severity(Severity.WARNING).check(target, check).build();
  }

  private static void fail(RuleContext context, String... pointers) {
    for (String pointer : pointers) {
      context.fail(pointer, LocalizedText.en("wrong").withTranslation(LocalizedText.FRENCH, "faux"));
    }
  }
}
