package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.rules.fixtures.Cameroon;
import io.github.gcmkit.rules.fixtures.Fixtures;
import io.github.gcmkit.testkit.ModelGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every built-in rule obeys the general laws; rules that break them are caught. */
class RuleLawsTest {

  /** The seeds' federation, variants of it that make rules fail, and generated federations. */
  private static final List<Federation> SAMPLES = samples();

  @TestFactory
  Stream<DynamicTest> everyBuiltInRuleObeysTheLaws() {
    return RuleCatalog.builtIn().rules().stream()
        .map(rule -> DynamicTest.dynamicTest(rule.id(), () -> RuleLaws.check(rule, SAMPLES)));
  }

  @Test
  void aRuleThatDependsOnTheOrderOfNetworksIsCaught() {
    Rule first = Rule.of("acme.first", "First", "Order-dependent.", Severity.INFO, Target.FEDERATION,
        (federation, context) -> context.fail("/networks/0", LocalizedText.en("first network")));
    assertThat(RuleLaws.violations(first, Fixtures.federation()))
        .anyMatch(v -> v.startsWith("independent of the order of networks: lost [acme.first|INFO|global|"));
  }

  @Test
  void aRuleThatCountsUnrelatedNetworksIsCaught() {
    Rule crowded = Rule.of("acme.crowded", "Crowded", "Depends on every network.", Severity.INFO, Target.NETWORK,
        (network, context) -> {
          if (context.federation().map(f -> f.networks().size() > 4).orElse(false)) {
            context.fail("", LocalizedText.en("too many networks"));
          }
        });
    assertThat(RuleLaws.violations(crowded, Fixtures.federation()))
        .singleElement()
        .asString()
        .startsWith("unaffected by an unrelated network: gained [acme.crowded|INFO|cm||too many networks");
  }

  @Test
  void aRuleWithStateIsNotDeterministic() {
    AtomicInteger runs = new AtomicInteger();
    Rule counting = Rule.of("acme.counting", "Counting", "Has state.", Severity.INFO, Target.FEDERATION,
        (federation, context) -> context.fail("", LocalizedText.en("run " + runs.incrementAndGet())));
    assertThat(RuleLaws.violations(counting, Fixtures.federation()))
        .anyMatch(v -> v.startsWith("deterministic (two validations)"));
  }

  @Test
  void aRuleThatThrowsBreaksTheLawsAndCheckSaysWhere() {
    Rule throwing = Rule.of("acme.throwing", "Throwing", "A bug.", Severity.INFO, Target.WORKPLAN,
        (workplan, context) -> {
          throw new UnsupportedOperationException("not yet");
        });
    assertThatThrownBy(() -> RuleLaws.check(throwing, List.of(Fixtures.federation())))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("rule 'acme.throwing' breaks 1 law(s):\n  - sample 1 (networks global, wca, sn, cm):"
            + " the rule throws java.lang.IllegalStateException: rule 'acme.throwing' failed on network 'wca'");
  }

  private static List<Federation> samples() {
    Federation seeds = Fixtures.federation();
    List<Federation> samples = new ArrayList<>();
    samples.add(seeds);
    samples.add(seeds.withNetworks(seeds.networks().stream()
        .map(n -> n.id().equals("global") ? n.withReportsTo("wca") : n)
        .collect(Collectors.toList())));
    samples.add(seeds.withNetworks(seeds.networks().stream()
        .filter(n -> !n.id().equals("wca")).collect(Collectors.toList())));
    Network twoWorkplans = Cameroon.network().withWorkplans(
        Cameroon.workplan(), Cameroon.workplan().withId("2024").withPriorities(Cameroon.thematicObjectives()));
    samples.add(Federation.of(List.of(twoWorkplans, Fixtures.global())));
    ModelGenerators.defaults().federation().samples(20261123L).limit(60).forEach(samples::add);
    return samples;
  }
}
