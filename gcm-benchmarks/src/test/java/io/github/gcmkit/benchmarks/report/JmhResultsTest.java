package io.github.gcmkit.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading JMH's JSON results. */
class JmhResultsTest {

  private static final String RESULTS =
      """
      [{"benchmark": "io.github.gcmkit.benchmarks.ReadBenchmark.gcmkitRead", "mode": "avgt",
        "params": {"networks": "100"},
        "primaryMetric": {"score": 2000000.0, "scoreError": 100000.0, "scoreUnit": "ns/op"},
        "secondaryMetrics": {"bytes": {"score": 5.0, "scoreError": "NaN", "scoreUnit": "ns/op"}}},
       {"benchmark": "io.github.gcmkit.benchmarks.StartupBenchmark.helloWorld", "mode": "avgt",
        "primaryMetric": {"score": 40.0, "scoreError": 2.0, "scoreUnit": "ms/op"},
        "secondaryMetrics": {}}]
      """;

  @Test
  void findsResultsByShortNameAndParameters(@TempDir Path directory) throws IOException {
    Path file = Files.writeString(directory.resolve("jmh.json"), RESULTS);
    JmhResults results = JmhResults.read(file);

    assertThat(results.primary("ReadBenchmark.gcmkitRead", Map.of("networks", "100")))
        .contains(new Estimate(2000000.0, 100000.0));
    assertThat(results.secondary("ReadBenchmark.gcmkitRead", Map.of("networks", "100"), "bytes"))
        .contains(new Estimate(5.0, 0));
    assertThat(results.primary("ReadBenchmark.gcmkitRead", Map.of("networks", "1000"))).isEmpty();
    assertThat(results.primary("StartupBenchmark.helloWorld", Map.of())).contains(new Estimate(40, 2));
  }

  @Test
  void aMissingFileHasNoResults(@TempDir Path directory) {
    assertThat(JmhResults.read(directory.resolve("none.json")).primary("X.y", Map.of())).isEmpty();
  }
}
