package io.github.gcmkit.benchmarks.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The results of a JMH run as JMH writes them with {@code -rf json}, looked up by name and parameters. */
public final class JmhResults {

  /** One benchmark with one set of parameters: its primary score and its counters. */
  public record Result(String benchmark, Map<String, String> params, Estimate primary, Map<String, Estimate> secondary) {}

  private final List<Result> results;

  private JmhResults(List<Result> results) {
    this.results = List.copyOf(results);
  }

  /** The results in the file {@code path}; none if there is no such file. */
  public static JmhResults read(Path path) {
    List<Result> results = new ArrayList<>();
    if (!path.toFile().isFile()) {
      return new JmhResults(results);
    }
    for (JsonNode run : JsonMapper.builder().build().readTree(path.toFile())) {
      String name = run.get("benchmark").asString();
      String[] parts = name.split("\\.");
      String shortName = parts[parts.length - 2] + "." + parts[parts.length - 1];
      Map<String, String> params = new HashMap<>();
      JsonNode declared = run.get("params");
      if (declared != null) {
        declared.properties().forEach(p -> params.put(p.getKey(), p.getValue().asString()));
      }
      Map<String, Estimate> secondary = new HashMap<>();
      JsonNode counters = run.get("secondaryMetrics");
      if (counters != null) {
        counters.properties().forEach(m -> secondary.put(m.getKey(), estimate(m.getValue())));
      }
      results.add(new Result(shortName, params, estimate(run.get("primaryMetric")), secondary));
    }
    return new JmhResults(results);
  }

  private static Estimate estimate(JsonNode metric) {
    JsonNode error = metric.get("scoreError");
    // JMH writes "NaN" (a string) where one iteration leaves no interval.
    double e = error.isNumber() ? error.doubleValue() : 0;
    return new Estimate(metric.get("score").asDouble(), Double.isNaN(e) ? 0 : e);
  }

  /** The result of {@code benchmark} ({@code Class.method}) whose parameters include {@code params}. */
  public Optional<Result> find(String benchmark, Map<String, String> params) {
    return results.stream()
        .filter(r -> r.benchmark().equals(benchmark))
        .filter(r -> r.params().entrySet().containsAll(params.entrySet()))
        .findFirst();
  }

  /** The primary score of {@code benchmark} with {@code params}. */
  public Optional<Estimate> primary(String benchmark, Map<String, String> params) {
    return find(benchmark, params).map(Result::primary);
  }

  /** The counter {@code name} of {@code benchmark} with {@code params}. */
  public Optional<Estimate> secondary(String benchmark, Map<String, String> params, String name) {
    return find(benchmark, params).flatMap(r -> Optional.ofNullable(r.secondary().get(name)));
  }
}
