package io.github.gcmkit.examples;

import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.Governance;
import io.github.gcmkit.model.network.Network;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Example: compare the governance of two networks' charters — who chairs, how often the network
 * meets, how it decides, whether it reviews its work every year, who runs its secretariat.
 *
 * <pre>{@code
 * java -cp gcm-cli/target/gcm.jar io.github.gcmkit.examples.CompareCharters sn wca
 * }</pre>
 *
 * <p>The {@code gcm diff} command does the same for every clause of two charters.
 */
public final class CompareCharters {

  private CompareCharters() {}

  /** A few governance clauses of {@code charter}, by name, in plain words. */
  public static Map<String, String> governance(Charter charter) {
    Governance g = charter.governance();
    Map<String, Function<Governance, String>> clauses = new LinkedHashMap<>();
    clauses.put("co-chairs", x -> x.coChairs().stream()
        .map(s -> s.holder() + " (" + s.tenure().kind().name().toLowerCase(Locale.ROOT) + ")")
        .collect(Collectors.joining(", ")));
    clauses.put("meetings", x -> x.meetings().flatMap(m -> m.frequency()).map(f -> f.label("en")).orElse("not stated"));
    clauses.put("decisions", x -> x.decisions().stream()
        .map(d -> d.method().map(m -> m.name().toLowerCase(Locale.ROOT)).orElse("method not stated"))
        .collect(Collectors.joining(", ", "", x.decisions().isEmpty() ? "not stated" : "")));
    clauses.put("annual review", x -> x.annualReview().map(r -> r.frequency().label("en")).orElse("none"));
    clauses.put("secretariat", x -> x.secretariat().map(s -> s.leads().toString()).orElse("not named"));
    Map<String, String> values = new LinkedHashMap<>();
    clauses.forEach((name, clause) -> values.put(name, clause.apply(g)));
    return values;
  }

  /** Compares the charters of the bundled networks {@code args[0]} and {@code args[1]} (sn and wca by default). */
  public static void main(String[] args) {
    String a = args.length > 1 ? args[0] : "sn";
    String b = args.length > 1 ? args[1] : "wca";
    Map<String, String> left = governance(charter(a));
    Map<String, String> right = governance(charter(b));
    System.out.printf("%-14s %-40s %s%n", "", a, b);
    left.forEach((clause, value) -> System.out.printf("%-14s %-40s %s%s%n",
        clause, value, right.get(clause), value.equals(right.get(clause)) ? "" : "   <- differs"));
  }

  private static Charter charter(String id) {
    Network network = Datasets.federation().network(id)
        .orElseThrow(() -> new IllegalArgumentException("no bundled network '" + id + "'"));
    return network.charter().orElseThrow(() -> new IllegalArgumentException("no charter is recorded for network '" + id + "'"));
  }
}
