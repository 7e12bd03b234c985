package io.github.gcmkit.benchmarks.report;

import io.github.gcmkit.benchmarks.ParallelValidateBenchmark;
import io.github.gcmkit.benchmarks.StartupBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table of results and the scaling plot of {@code docs/performance.md}, from one run's files:
 * JMH's JSON ({@code -rf json}), and the JSON of {@code RetainedHeap} and {@code StreamCorpus}.
 * Every gcmkit figure stands beside the baseline measured in the same run, with the ratio and its
 * error (the 99.9% confidence intervals of JMH, propagated in quadrature).
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.gcmkit.benchmarks.report.PerformanceReport
 * JMH.json MEMORY.json STREAM.json OUTPUT_DIRECTORY}; writes {@code performance-table.md} and
 * {@code performance-scaling.svg} there. A missing file leaves its rows "not measured".
 */
public final class PerformanceReport {

  private static final String NOT_MEASURED = "not measured";

  private final JmhResults jmh;
  private final Optional<JsonNode> memory;
  private final Optional<JsonNode> stream;
  private final List<String> rows = new ArrayList<>();

  private PerformanceReport(JmhResults jmh, Optional<JsonNode> memory, Optional<JsonNode> stream) {
    this.jmh = jmh;
    this.memory = memory;
    this.stream = stream;
  }

  /** Writes the table and the plot. */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: PerformanceReport JMH.json MEMORY.json STREAM.json OUTPUT_DIRECTORY");
      System.exit(2);
    }
    PerformanceReport report =
        new PerformanceReport(JmhResults.read(Path.of(args[0])), json(Path.of(args[1])), json(Path.of(args[2])));
    Path out = Files.createDirectories(Path.of(args[3]));
    Files.writeString(out.resolve("performance-table.md"), report.table());
    Files.writeString(out.resolve("performance-scaling.svg"), report.plot());
    System.out.print(report.table());
  }

  private static Optional<JsonNode> json(Path path) {
    return path.toFile().isFile()
        ? Optional.of(JsonMapper.builder().build().readTree(path.toFile()))
        : Optional.empty();
  }

  /** The table in Markdown. */
  String table() {
    rows.clear();
    for (String networks : List.of("10", "100", "1000")) {
      throughput("1. Read", "ReadBenchmark", "jacksonTree", "gcmkitRead", networks, "Jackson tree");
    }
    for (String networks : List.of("100")) {
      throughput("2. Write", "WriteBenchmark", "jacksonTree", "gcmkitWrite", networks, "Jackson tree");
    }
    validation();
    parallel();
    memory();
    streaming();
    startup();
    StringBuilder table = new StringBuilder();
    table.append("| benchmark | baseline | gcmkit | ratio | target | met |\n");
    table.append("|---|---|---|---|---|---|\n");
    rows.forEach(r -> table.append(r).append('\n'));
    return table.toString();
  }

  private void row(String what, String baseline, String gcmkit, String ratio, String target, String met) {
    rows.add(String.join(" | ", "| " + what, baseline, gcmkit, ratio, target, met + " |"));
  }

  private static Map<String, String> networks(String n) {
    return Map.of("networks", n);
  }

  private static String count(String n) {
    return String.format(Locale.ROOT, "%,d", Integer.parseInt(n));
  }

  /** MB/s (10^6 bytes) from JMH's nanoseconds per byte. */
  private Optional<Estimate> megabytesPerSecond(String benchmark, String n) {
    return jmh.secondary(benchmark, networks(n), "bytes").map(e -> e.inverse().times(1000));
  }

  private void throughput(String what, String type, String baseline, String gcmkit, String n, String name) {
    Optional<Estimate> base = megabytesPerSecond(type + "." + baseline, n);
    Optional<Estimate> ours = megabytesPerSecond(type + "." + gcmkit, n);
    String label = what + ", " + count(n) + " networks";
    if (base.isEmpty() || ours.isEmpty()) {
      row(label, NOT_MEASURED, NOT_MEASURED, "", "≥ 0.7×", "");
      return;
    }
    Estimate ratio = ours.get().over(base.get());
    row(label, name + " " + base.get().format(0) + " MB/s", ours.get().format(0) + " MB/s",
        ratio.format(2) + "×", "≥ 0.7×", atLeast(ratio, 0.7));
  }

  private Optional<Estimate> nanosPerWorkstream(String n) {
    return jmh.secondary("ValidateBenchmark.validate", networks(n), "workstreams");
  }

  private void validation() {
    for (String n : List.of("10", "100", "1000", "10000")) {
      Optional<Estimate> perWorkstream = nanosPerWorkstream(n);
      row("3. Validate (baseline profile), " + count(n) + " networks", "",
          perWorkstream.map(e -> e.format(0) + " ns/workstream").orElse(NOT_MEASURED), "", "", "");
    }
    Optional<Estimate> at100 = nanosPerWorkstream("100");
    Optional<Estimate> at10000 = nanosPerWorkstream("10000");
    if (at100.isPresent() && at10000.isPresent()) {
      Estimate ratio = at10000.get().over(at100.get());
      row("3. Linear: per-workstream cost at 10,000 vs 100 networks", at100.get().format(0) + " ns",
          at10000.get().format(0) + " ns", ratio.format(2) + "×", "≤ 1.3×", atMost(ratio, 1.3));
    } else {
      row("3. Linear: per-workstream cost at 10,000 vs 100 networks", NOT_MEASURED, NOT_MEASURED, "", "≤ 1.3×", "");
    }
    for (String n : List.of("100", "1000")) {
      Optional<Estimate> read = jmh.primary("ReadBenchmark.gcmkitRead", networks(n));
      Optional<Estimate> validate = jmh.primary("ValidateBenchmark.validate", networks(n));
      String label = "3. Validate vs read, " + count(n) + " networks";
      if (read.isPresent() && validate.isPresent()) {
        Estimate ratio = validate.get().over(read.get());
        row(label, "read " + read.get().times(1e-6).format(1) + " ms",
            "validate " + validate.get().times(1e-6).format(1) + " ms",
            ratio.format(2) + "×", "< 0.5×", atMost(ratio, 0.5));
      } else {
        row(label, NOT_MEASURED, NOT_MEASURED, "", "< 0.5×", "");
      }
    }
  }

  private void parallel() {
    Optional<Estimate> one = jmh.primary("ParallelValidateBenchmark.validate", Map.of("threads", "1"));
    Optional<Estimate> two = jmh.primary("ParallelValidateBenchmark.validate", Map.of("threads", "2"));
    String label = "4. Parallel validation, " + count(Integer.toString(ParallelValidateBenchmark.NETWORKS))
        + " networks, 2 threads";
    if (one.isEmpty() || two.isEmpty()) {
      row(label, NOT_MEASURED, NOT_MEASURED, "", "≥ 1.6×", "");
      return;
    }
    Estimate speedUp = one.get().over(two.get());
    row(label, "1 thread " + one.get().times(1e-6).format(1) + " ms",
        "2 threads " + two.get().times(1e-6).format(1) + " ms", speedUp.format(2) + "× faster", "≥ 1.6×",
        atLeast(speedUp, 1.6));
  }

  private void memory() {
    if (memory.isEmpty()) {
      row("5. Retained heap, 1,000 networks", NOT_MEASURED, NOT_MEASURED, "", "≤ 2×", "");
      return;
    }
    JsonNode m = memory.get();
    double json = m.get("jsonBytes").asDouble();
    double model = m.get("modelBytes").asDouble();
    double tree = m.get("treeBytes").asDouble();
    row("5. Retained heap, " + count(m.get("networks").asString()) + " networks",
        String.format(Locale.ROOT, "compact JSON %.1f MB (Jackson tree %.1f MB, %.2f×)", json / 1e6, tree / 1e6, tree / json),
        String.format(Locale.ROOT, "%.1f MB", model / 1e6),
        String.format(Locale.ROOT, "%.2f×", model / json), "≤ 2×", met(model / json <= 2));
  }

  private void streaming() {
    if (stream.isEmpty()) {
      row("5. NDJSON streaming validation, 1 GiB, -Xmx256m", NOT_MEASURED, NOT_MEASURED, "", "completes", "");
      return;
    }
    JsonNode s = stream.get();
    double bytes = s.get("bytes").asDouble();
    double ours = bytes / 1e6 / s.get("gcmkitSeconds").asDouble();
    double base = bytes / 1e6 / s.get("jacksonSeconds").asDouble();
    long heap = s.get("maxHeap").asLong() >> 20;
    row(String.format(Locale.ROOT, "5. NDJSON streaming validation, %.2f GB, heap limit %d MiB", bytes / 1e9, heap),
        String.format(Locale.ROOT, "Jackson trees %.0f MB/s", base),
        String.format(Locale.ROOT, "read + validate %.0f MB/s, %,d networks, peak heap %d MiB", ours,
            s.get("networks").asLong(), s.get("gcmkitPeakHeap").asLong() >> 20),
        String.format(Locale.ROOT, "%.2f×", ours / base), "completes in 256 MiB",
        met(heap <= 256 && bytes >= (1L << 30)));
  }

  private void startup() {
    Optional<Estimate> hello = jmh.primary("StartupBenchmark.helloWorld", Map.of());
    String label = "6. Start-up, check of " + StartupBenchmark.NETWORKS + " networks";
    for (String variant : List.of("gcmCheckBundled", "check", "checkAppCds")) {
      Optional<Estimate> check = jmh.primary("StartupBenchmark." + variant, Map.of());
      String name =
          switch (variant) {
            case "gcmCheckBundled" -> "6. Start-up, `./gcm check --bundled`";
            case "check" -> label;
            default -> label + " with AppCDS";
          };
      if (hello.isEmpty() || check.isEmpty()) {
        row(name, NOT_MEASURED, NOT_MEASURED, "", "≤ 4×", "");
        continue;
      }
      Estimate ratio = check.get().over(hello.get());
      row(name, "hello world " + hello.get().format(0) + " ms", check.get().format(0) + " ms",
          ratio.format(2) + "×", "≤ 4×", atMost(ratio, 4));
    }
  }

  private static String met(boolean met) {
    return met ? "yes" : "**no**";
  }

  /**
   * Whether {@code ratio} is at least {@code target}: yes or no where its whole confidence interval
   * is on one side, "unsure" where the interval straddles the target.
   */
  static String atLeast(Estimate ratio, double target) {
    if (ratio.value() - ratio.error() >= target) {
      return "yes";
    }
    return ratio.value() + ratio.error() < target ? "**no**" : "unsure (" + met(ratio.value() >= target) + " on the mean)";
  }

  /** Whether {@code ratio} is at most {@code target}, as {@link #atLeast} judges. */
  static String atMost(Estimate ratio, double target) {
    if (ratio.value() + ratio.error() <= target) {
      return "yes";
    }
    return ratio.value() - ratio.error() > target ? "**no**" : "unsure (" + met(ratio.value() <= target) + " on the mean)";
  }

  /** The scaling plot in SVG. */
  String plot() {
    List<ScalingPlot.Series> series = new ArrayList<>();
    series.add(series("validate (1 thread)", "#1f77b4", "ValidateBenchmark.validate", List.of("10", "100", "1000", "10000")));
    series.add(series("read, gcmkit", "#d62728", "ReadBenchmark.gcmkitRead", List.of("10", "100", "1000")));
    series.add(series("read, Jackson tree", "#7f7f7f", "ReadBenchmark.jacksonTree", List.of("10", "100", "1000")));
    return ScalingPlot.svg("Cost per workstream as federations grow", series);
  }

  private ScalingPlot.Series series(String name, String colour, String benchmark, List<String> sizes) {
    List<ScalingPlot.Point> points = new ArrayList<>();
    for (String n : sizes) {
      jmh.secondary(benchmark, networks(n), "workstreams")
          .ifPresent(e -> points.add(new ScalingPlot.Point(Integer.parseInt(n), e)));
    }
    return new ScalingPlot.Series(name, colour, points);
  }
}
