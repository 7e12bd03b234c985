package io.github.gcmkit.rules;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import com.google.common.collect.Multiset;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The general laws every rule must obey, checked on sample federations the caller supplies — from
 * gcm-testkit's generators, from real documents, from anywhere. No property-testing library is
 * needed:
 *
 * <pre>{@code
 * RuleLaws.check(myRule, ModelGenerators.defaults().federation().samples(42).limit(200).toList());
 * }</pre>
 *
 * <p>The laws, for a rule run alone at its default parameters:
 *
 * <ul>
 *   <li><b>deterministic</b>: validating the same federation twice, or on several threads, gives
 *       equal reports;
 *   <li><b>independent of input order</b>: reversing the order of the networks, of the workstreams
 *       of each priority, or of the members of each network and charter gives the same findings and
 *       the same undecided elements, each at the reordered element;
 *   <li><b>unaffected by unrelated networks</b>: adding a network that refers to no other and that
 *       none refers to — a copy of one of the sample's networks under a new id, reporting to no
 *       network and with neither events nor reporting lines of its own — leaves the findings on the
 *       sample's networks unchanged.
 * </ul>
 *
 * <p>A check that throws breaks every law. Each violation is a sentence naming the law, the rule
 * and the first difference found.
 */
public final class RuleLaws {

  private RuleLaws() {}

  /**
   * Checks that {@code rule} obeys every law on every sample.
   *
   * @throws AssertionError listing the violations, if there are any
   */
  public static void check(Rule rule, Iterable<Federation> samples) {
    List<String> violations = new ArrayList<>();
    int count = 0;
    for (Federation sample : samples) {
      count++;
      for (String violation : violations(rule, sample)) {
        violations.add("sample " + count + " " + describe(sample) + ": " + violation);
      }
    }
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "rule '" + rule.id() + "' breaks " + violations.size() + " law(s):\n  - "
              + String.join("\n  - ", violations));
    }
  }

  /** The laws {@code rule} breaks on {@code sample}; empty if it obeys them all. */
  public static ImmutableList<String> violations(Rule rule, Federation sample) {
    Validator sequential = validator(rule, 1);
    List<String> violations = new ArrayList<>();
    Report report;
    try {
      report = sequential.validate(sample);
      compare(violations, "deterministic (two validations)", report, sequential.validate(sample));
      compare(violations, "deterministic (four threads)", report, validator(rule, 4).validate(sample));
      compareKeys(violations, "independent of the order of networks", keys(report, false),
          keys(sequential.validate(sample.withNetworks(Lists.reverse(sample.networks()))), false));
      compareKeys(violations, "independent of the order of workstreams", keys(report, true),
          keys(sequential.validate(eachNetwork(sample, RuleLaws::reverseWorkstreams)), true));
      compareKeys(violations, "independent of the order of members", keys(report, true),
          keys(sequential.validate(eachNetwork(sample, RuleLaws::reverseMembers)), true));
      if (!sample.networks().isEmpty()) {
        String id = freshId(sample);
        compareKeys(violations, "unaffected by an unrelated network", keys(report, false),
            keys(sequential.validate(withUnrelated(sample, id)), false).stream()
                .filter(k -> !k.contains("|" + id + "|"))
                .collect(Collectors.toList()));
      }
    } catch (RuntimeException e) {
      violations.add("the rule throws " + e);
    }
    return violations.stream().map(v -> v + " (rule '" + rule.id() + "')").collect(ImmutableList.toImmutableList());
  }

  private static Validator validator(Rule rule, int threads) {
    return Validator.builder()
        .catalog(RuleCatalog.of(rule))
        .profile(Profile.builder("laws").include(rule.id()).build())
        .parallelism(threads)
        .build();
  }

  private static void compare(List<String> violations, String law, Report expected, Report actual) {
    if (!expected.equals(actual)) {
      compareKeys(violations, law, keys(expected, false), keys(actual, false));
      if (keys(expected, false).equals(keys(actual, false))) {
        violations.add(law + ": the reports differ in their order or pointers");
      }
    }
  }

  private static void compareKeys(List<String> violations, String law, List<String> expected, List<String> actual) {
    Multiset<String> missing = HashMultiset.create(expected);
    actual.forEach(missing::remove);
    Multiset<String> extra = HashMultiset.create(actual);
    expected.forEach(extra::remove);
    if (!missing.isEmpty() || !extra.isEmpty()) {
      violations.add(
          law + ": "
              + (missing.isEmpty() ? "" : "lost " + first(missing) + (extra.isEmpty() ? "" : "; "))
              + (extra.isEmpty() ? "" : "gained " + first(extra)));
    }
  }

  private static String first(Multiset<String> keys) {
    String first = keys.elementSet().stream().sorted().findFirst().orElseThrow();
    return "[" + first + "]" + (keys.size() > 1 ? " and " + (keys.size() - 1) + " more" : "");
  }

  /**
   * Each finding and undecided element as text: rule, severity, network, pointer within the
   * network (array indices masked when elements were reordered), message.
   */
  private static List<String> keys(Report report, boolean maskIndices) {
    Stream<String> findings =
        report.findings().stream()
            .map(f -> key(f.ruleId() + "|" + f.severity(), f.networkId(), f.localPointer(), f.message(), maskIndices)
                + f.hint().map(h -> "|" + h.text(LocalizedText.ENGLISH)).orElse(""));
    Stream<String> undecided =
        report.notEvaluated().stream()
            .map(n -> key(n.ruleId() + "|NOT_EVALUATED", n.networkId(), n.localPointer(), n.reason(), maskIndices));
    return Stream.concat(findings, undecided).sorted().collect(Collectors.toList());
  }

  private static String key(String head, Optional<String> network, JsonPointer pointer, LocalizedText text, boolean mask) {
    return head + "|" + network.orElse("") + "|" + (mask ? pointer.withoutIndices() : pointer)
        + "|" + text.text(LocalizedText.ENGLISH) + "|" + text.text(LocalizedText.FRENCH);
  }

  private static Federation eachNetwork(Federation federation, UnaryOperator<Network> change) {
    return federation.withNetworks(
        federation.networks().stream().map(change).collect(Collectors.toList()));
  }

  private static Network reverseWorkstreams(Network network) {
    return network.withWorkplans(
        network.workplans().stream()
            .map(w -> w.withPriorities(w.priorities().stream()
                .map(p -> p.withWorkstreams(Lists.reverse(p.workstreams())))
                .collect(Collectors.toList())))
            .collect(Collectors.toList()));
  }

  private static Network reverseMembers(Network network) {
    Network reversed = network.withMembers(Lists.reverse(network.members()));
    return network.charter()
        .flatMap(Charter::composition)
        .map(c -> reversed.withCharter(network.charter().orElseThrow()
            .withComposition(c.withMembers(Lists.reverse(c.members())))))
        .orElse(reversed);
  }

  /** The sample with a copy of its first network under the new id {@code id}, related to nothing, placed first. */
  private static Federation withUnrelated(Federation sample, String id) {
    Network model = sample.networks().get(0);
    Network unrelated =
        model.withId(id)
            .withReportsTo(Optional.empty())
            .withEvents(List.of())
            .withCharter(model.charter().map(c -> c.withGovernance(c.governance().withReportingLines(List.of()))));
    List<Network> networks = new ArrayList<>();
    networks.add(unrelated);
    networks.addAll(sample.networks());
    return sample.withNetworks(networks);
  }

  private static String freshId(Federation sample) {
    String id = "unrelated-network";
    for (int n = 2; sample.network(id).isPresent(); n++) {
      id = "unrelated-network-" + n;
    }
    return id;
  }

  private static String describe(Federation sample) {
    return "(networks " + sample.networks().stream().map(Network::id).collect(Collectors.joining(", ")) + ")";
  }
}
