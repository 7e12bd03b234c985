package io.github.gcmkit.rules;

import static io.github.gcmkit.testkit.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.testkit.ModelGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Laws of validation with the baseline profile, over federations from gcm-testkit. */
class ValidationProperties {

  private static final ModelGenerators GEN = ModelGenerators.defaults();
  private static final Validator BASELINE = Validator.of(Profile.baseline());
  private static final Validator PARALLEL = Validator.builder().parallelism(4).build();

  @Test
  void validationIsDeterministicOnOneThreadOrMany() {
    qt().withExamples(100)
        .forAll(gen(GEN.federation()))
        .checkAssert(f -> {
          Report report = BASELINE.validate(f);
          assertThat(BASELINE.validate(f)).isEqualTo(report);
          assertThat(PARALLEL.validate(f)).isEqualTo(report);
        });
  }

  @Test
  void everyBuiltInRuleObeysTheRuleLaws() {
    qt().withExamples(30)
        .forAll(gen(GEN.federation()))
        .checkAssert(f -> RuleCatalog.builtIn().rules()
            .forEach(rule -> assertThat(RuleLaws.violations(rule, f)).isEmpty()));
  }

  @Test
  void theReportDoesNotDependOnTheOrderOfNetworksWorkstreamsOrMembers() {
    qt().withExamples(100)
        .forAll(gen(GEN.federation()), longs().all())
        .checkAssert((f, seed) ->
            assertThat(keys(BASELINE.validate(shuffled(f, new Random(seed)))))
                .isEqualTo(keys(BASELINE.validate(f))));
  }

  @Test
  void addingAnUnrelatedNetworkNeverRemovesAFindingFromAnother() {
    qt().withExamples(100)
        .forAll(gen(GEN.federation()), gen(GEN.network()))
        .checkAssert((f, extra) -> {
          List<Network> networks = new ArrayList<>(f.networks());
          networks.add(0, unrelated(extra));
          Multiset<String> after = HashMultiset.create(keys(BASELINE.validate(f.withNetworks(networks))));
          // What is said of the whole federation and of no network ("no joint programme is recorded
          // in the networks checked") may change with what the new network records.
          assertThat(keys(BASELINE.validate(f)))
              .filteredOn(k -> !k.contains("|-||"))
              .allSatisfy(k -> assertThat(after.remove(k)).as(k).isTrue());
        });
  }

  @Test
  void raisingASeverityNeverMakesAFailingReportPass() {
    qt().withExamples(100)
        .forAll(gen(GEN.federation()), longs().all())
        .checkAssert((f, seed) -> {
          Report before = BASELINE.validate(f);
          Report after = Validator.of(raised(new Random(seed))).validate(f);
          for (Severity failLevel : Severity.values()) {
            if (!before.passed(failLevel)) {
              assertThat(after.passed(failLevel)).as("fail level %s", failLevel).isFalse();
            }
          }
        });
  }

  @Test
  void aBaselineBuiltFromAReportAcceptsEveryFindingOfIt() {
    qt().withExamples(100)
        .forAll(gen(GEN.federation()))
        .checkAssert(f -> {
          Report report = BASELINE.validate(f);
          Report again = Validator.builder().baseline(Baseline.of(report)).build().validate(f);
          assertThat(again.findings()).isEmpty();
          assertThat(again.accepted()).isEqualTo(report.findings());
          assertThat(again.noLongerOccurring()).isEmpty();
          assertThat(again.passed(Severity.INFO)).isTrue();
        });
  }

  /**
   * Marking a statement unknown never adds a finding: a finding at or below it becomes "not
   * evaluated" unless a nearer statement, deeper in the same document, speaks for its element (the
   * longest path wins); every other finding stays. Tried at the place of one of the report's findings (so
   * that something is at stake) or, for reports without findings, at a place of a network.
   */
  @Test
  void markingAnyStatementUnknownNeverAddsAFinding() {
    qt().withExamples(100)
        .forAll(gen(GEN.federation()), longs().all())
        .checkAssert((f, seed) -> {
          Random random = new Random(seed);
          Report before = BASELINE.validate(f);
          List<String> places = before.findings().stream()
              .filter(x -> x.networkId().isPresent() && !x.localPointer().isRoot())
              .map(x -> x.networkId().get() + "|" + x.localPointer())
              .collect(Collectors.toList());
          if (places.isEmpty()) {
            Network some = f.networks().get(random.nextInt(f.networks().size()));
            places = Stream.of("/charter/governance/meetings", "/charter/mission", "/workplans/0/priorities/0",
                    "/coveredCountries", "/members", "/charter")
                .map(p -> some.id() + "|" + p)
                .collect(Collectors.toList());
          }
          String place = places.get(random.nextInt(places.size()));
          String networkId = place.substring(0, place.indexOf('|'));
          String pointer = place.substring(place.indexOf('|') + 1);
          Federation marked = f.withNetworks(f.networks().stream()
              .map(n -> n.id().equals(networkId) ? Statements.markUnknown(n, pointer) : n)
              .collect(Collectors.toList()));
          Report after = BASELINE.validate(marked);
          Multiset<String> allowed = HashMultiset.create(findingKeys(before));
          assertThat(findingKeys(after)).allSatisfy(k -> assertThat(allowed.remove(k)).as(k).isTrue());
          Network markedNetwork = marked.network(networkId).orElseThrow();
          assertThat(after.findings())
              .noneMatch(x -> x.networkId().equals(Optional.of(networkId))
                  && x.localPointer().startsWith(JsonPointer.parse(pointer))
                  && Statements.markSpeaksFor(markedNetwork, pointer, x.localPointer()));
        });
  }

  private static List<String> findingKeys(Report report) {
    return report.findings().stream()
        .map(f -> f.ruleId() + "|" + f.severity() + "|" + f.networkId().orElse("") + "|" + f.localPointer()
            + "|" + f.message().text("en"))
        .collect(Collectors.toList());
  }

  /** The baseline profile with a random choice of rules raised one level of severity. */
  private static Profile raised(Random random) {
    Profile.Builder profile = Profile.builder("raised").from(Profile.baseline());
    for (Rule rule : RuleCatalog.builtIn().rules()) {
      if (random.nextBoolean() && rule.severity() != Severity.ERROR) {
        profile.severity(rule.id(), rule.severity() == Severity.INFO ? Severity.WARNING : Severity.ERROR);
      }
    }
    return profile.build();
  }

  /** A network with an id no other uses, reporting to none, with no events or reporting lines. */
  /**
   * The network as one no other network relates to: its own id, reporting to no one, and (for a
   * national network) of a country no generated network or programme names, the user-assigned ISO
   * code {@code ZZ}, so that rules judging "the network of a country" never see it as that network.
   */
  private static Network unrelated(Network network) {
    return network.withId("zz-unrelated")
        .withCountry(network.country().map(country -> "ZZ"))
        .withReportsTo(Optional.empty())
        .withEvents(List.of())
        .withCharter(network.charter().map(c -> c.withGovernance(c.governance().withReportingLines(List.of()))));
  }

  private static Federation shuffled(Federation federation, Random random) {
    List<Network> networks = new ArrayList<>();
    for (Network n : federation.networks()) {
      Network network = n.withMembers(shuffle(n.members(), random))
          .withWorkplans(n.workplans().stream()
              .map(w -> w.withPriorities(w.priorities().stream()
                  .map(p -> p.withWorkstreams(shuffle(p.workstreams(), random)))
                  .collect(Collectors.toList())))
              .collect(Collectors.toList()));
      Optional<Charter> charter = n.charter()
          .map(c -> c.composition().map(m -> c.withComposition(m.withMembers(shuffle(m.members(), random)))).orElse(c));
      networks.add(network.withCharter(charter));
    }
    return federation.withNetworks(shuffle(networks, random));
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  /**
   * Findings and undecided elements with their network and pointer (array indices masked, as
   * reordered elements change them) and their messages, which name the elements by id.
   */
  private static List<String> keys(Report report) {
    return Stream.concat(
            report.findings().stream()
                .map(f -> f.ruleId() + "|" + f.severity() + "|" + f.networkId().orElse("") + "|"
                    + f.localPointer().withoutIndices() + "|" + f.message().text("en")),
            report.notEvaluated().stream()
                .map(n -> n.ruleId() + "|-|" + n.networkId().orElse("") + "|"
                    + n.localPointer().withoutIndices() + "|" + n.reason().text("en")))
        .sorted()
        .collect(Collectors.toList());
  }
}
