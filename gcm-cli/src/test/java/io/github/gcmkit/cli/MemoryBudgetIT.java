package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The memory budget of {@code docs/reliability.md}: the runnable jar in a JVM of its own with a
 * heap of 256 MB, on inputs within every limit that once ran out of memory, ends with the exit code
 * of an ordinary result and writes its whole output — never 3, never a stack trace. The timeouts
 * only stop a hang; nothing measures time.
 */
@EnabledOnOs(OS.LINUX)
class MemoryBudgetIT {

  private static final Path JAR = Path.of("target", "gcm.jar").toAbsolutePath();

  @TempDir Path dir;

  /**
   * A run: its exit code, how many bytes it wrote to standard output, the first and the last of
   * them, its standard error.
   */
  private record Ran(int exitCode, long outputBytes, String outputStart, String outputEnd, String err) {}

  private Ran gcm(String... args) throws Exception {
    return gcmIn("256m", args);
  }

  /** A run in a heap of {@code heap}. */
  private Ran gcmIn(String heap, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile());
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Process process = builder.start();
    process.getOutputStream().close();
    // Standard output is counted as it comes, never stored: some outputs are hundreds of megabytes.
    CompletableFuture<Ran> output = CompletableFuture.supplyAsync(() -> count(process.getInputStream()));
    boolean finished = process.waitFor(3, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("finished: %s", command).isTrue();
    Ran out = output.get(1, TimeUnit.MINUTES);
    return new Ran(process.exitValue(), out.outputBytes(), out.outputStart(), out.outputEnd(),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static Ran count(InputStream in) {
    byte[] buffer = new byte[1 << 16];
    byte[] start = new byte[0];
    byte[] end = new byte[0];
    long size = 0;
    try (in) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (start.length < 1024) {
          int kept = start.length;
          start = Arrays.copyOf(start, Math.min(1024, kept + n));
          System.arraycopy(buffer, 0, start, kept, start.length - kept);
        }
        size += n;
        byte[] last = Arrays.copyOf(end, end.length + n);
        System.arraycopy(buffer, 0, last, end.length, n);
        end = Arrays.copyOfRange(last, Math.max(0, last.length - 16), last.length);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Ran(0, size, new String(start, StandardCharsets.UTF_8), new String(end, StandardCharsets.UTF_8), "");
  }

  /**
   * The file {@code name}: {@code head}, then {@code count} items made by {@code item} from their
   * index and separated by {@code separator}, then {@code tail}; written as it is made.
   */
  private Path file(String name, String head, int count, IntFunction<String> item, String separator, String tail)
      throws IOException {
    Path file = dir.resolve(name);
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write(head);
      for (int i = 0; i < count; i++) {
        out.write((i == 0 ? "" : separator) + item.apply(i));
      }
      out.write(tail);
    }
    return file;
  }

  /** A workplan of {@code count} workstreams that give only their id, each with {@code outcome} if not empty. */
  private Path workplan(String name, int count, String outcome) throws IOException {
    return file(name, "{\"gcmFormat\": \"1.0\", \"kind\": \"workplan\", \"id\": \"w\", \"title\": \"Workplan\",\n"
            + " \"priorities\": [{\"kind\": \"core\", \"number\": 1, \"title\": \"Priority\", \"workstreams\": [\n",
        count, i -> "  {\"id\": \"1." + (i + 1) + "\"" + (outcome.isEmpty() ? "" : ", \"outcome\": \"" + outcome + " " + i + "\"") + "}",
        ",\n", "]}]}\n");
  }

  /** The same workplan in YAML, with {@code comment} at its end if not empty. */
  private Path yamlWorkplan(String name, int count, String outcome, String comment) throws IOException {
    return file(name, "gcmFormat: '1.0'\nkind: workplan\nid: w\ntitle: Workplan\npriorities:\n"
            + "- kind: core\n  number: 1\n  title: Priority\n  workstreams:\n",
        count, i -> "  - id: '1." + (i + 1) + "'\n    outcome: " + outcome + " " + i + "\n", "", comment);
  }

  /** A charter of {@code count} objectives, each {@code text} and its number. */
  private Path charter(String name, int count, String text) throws IOException {
    return file(name, "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", \"title\": \"Charter\", \"objectives\": [\n",
        count, i -> "{\"id\": \"o" + i + "\", \"text\": \"" + text + " " + i + "\"}", ",\n", "]}\n");
  }

  /** A baseline of {@code count} entries, each {@code entry} of its index. */
  private Path baseline(String name, int count, IntFunction<String> entry) throws IOException {
    return file(name, "{\"gcmBaseline\": \"1.0\", \"accepted\": [\n", count, entry, ",\n", "]}\n");
  }

  /** An NDJSON stream of {@code count} documents, each {@code line} of its index. */
  private Path ndjson(String name, int count, IntFunction<String> line) throws IOException {
    return file(name, "", count, i -> line.apply(i) + "\n", "", "");
  }

  /** A network document of the id {@code n<i>} that gives only what a network must, and {@code more} fields. */
  private static String network(int i, String more) {
    return "{\"gcmFormat\": \"1.0\", \"kind\": \"network\", \"id\": \"n" + i
        + "\", \"level\": \"national\", \"name\": \"Network " + i + "\", \"country\": \"CM\"" + more + "}";
  }

  private static void ordinary(Ran run, int exitCode) {
    assertThat(run.err()).doesNotContain("\tat ", "Exception", "out of memory");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
  }

  /**
   * A valid workplan of 60,000 workstreams that give only their id: some 1.2 MB that make about
   * 200,000 findings, each once held about 1 KB of worded message in the report.
   */
  @ParameterizedTest
  @ValueSource(strings = {"json", "sarif", "junit", "github", "markdown", "text"})
  void everyReportOfSixtyThousandBareWorkstreams(String format) throws Exception {
    Path plan = workplan("plan.json", 60_000, "");
    assertThat(Files.size(plan)).isGreaterThan(1_200_000);
    Ran run = gcm("check", "--format", format, plan.toString());
    ordinary(run, 1);
    // Every finding is written, but for Markdown, whose table shows the first rows and how many more.
    assertThat(run.outputBytes()).isGreaterThan(format.equals("markdown") ? 10_000 : 1_000_000);
  }

  /**
   * A workplan of 180,000 bare workstreams: 3.7 MB that make 540,000 findings, held until the
   * report is written. Each finding once held the message keys its rule spelled for it (two
   * strings a finding) and ran out of 256 MB; a message now keeps its bundle's own key.
   */
  @Test
  void theFindingsOfAHundredAndEightyThousandBareWorkstreams() throws Exception {
    Path plan = workplan("plan.json", 180_000, "");
    Ran run = gcm("check", "--format", "json", plan.toString());
    ordinary(run, 1);
    assertThat(run.outputBytes()).isGreaterThan(100_000_000);
  }

  /**
   * An NDJSON corpus of 20,000 networks that give only what a network must: without charter or
   * workplan, every charter and workplan rule is not evaluated for each, some 700,000 entries.
   */
  @ParameterizedTest
  @ValueSource(strings = {"text", "json"})
  void anNdjsonCorpusOfTwentyThousandMinimalNetworks(String format) throws Exception {
    Path corpus = ndjson("corpus.ndjson", 20_000, i -> network(i, ""));
    Ran run = gcm("check", "--format", format, corpus.toString());
    ordinary(run, 0);
    assertThat(run.outputBytes()).isGreaterThan(10_000_000);
  }

  @Test
  void aBaselineOfThreeHundredThousandStaleEntries() throws Exception {
    Path baseline = baseline("stale.json", 300_000, i -> "{\"rule\": \"workplan.period.valid\", \"network\": \"n" + i % 1000
        + "\", \"path\": \"/workplans/0/priorities/" + i + "\"}");
    assertThat(Files.size(baseline)).isGreaterThan(16_000_000);
    ordinary(gcm("check", "--baseline", baseline.toString(), workplan("plan.json", 10, "").toString()), 1);
  }

  /**
   * A baseline near its limits, whose entries each say why and by whom they were accepted: read
   * entry by entry, never held whole as a tree of its values.
   */
  @Test
  void aBaselineOfThreeHundredThousandEntriesWithReasons() throws Exception {
    Path baseline = baseline("reasons.json", 300_000, i -> "{\"rule\": \"workplan.period.valid\", \"network\": \"n" + i % 1000
        + "\", \"path\": \"/workplans/0/priorities/" + i % 97 + "/workstreams/" + i
        + "\", \"reason\": \"Period stated elsewhere in the plan\", \"acceptedBy\": \"Secretariat " + i % 1000 + "\"}");
    assertThat(Files.size(baseline)).isGreaterThan(50_000_000);
    ordinary(gcm("check", "--baseline", baseline.toString(), workplan("plan.json", 10, "").toString()), 1);
  }

  @Test
  void rendersAndTimelineOfAFortyMegabyteWorkplan() throws Exception {
    Path plan = workplan("plan.json", 100_000, "x".repeat(380));
    for (List<String> command : List.of(
        List.of("render", plan.toString()), List.of("render", "--format", "html", plan.toString()),
        List.of("timeline", plan.toString()))) {
      Ran run = gcm(command.toArray(String[]::new));
      ordinary(run, 0);
      // Every workstream's outcome is in the output.
      assertThat(run.outputBytes()).as("%s", command).isGreaterThan(40_000_000);
    }
    Ran run = gcm("render", charter("charter.json", 150_000, "o".repeat(250)).toString());
    ordinary(run, 0);
    assertThat(run.outputBytes()).isGreaterThan(38_000_000);
  }

  @Test
  void generateOfFiveThousandNetworks() throws Exception {
    Ran run = gcm("generate", "--networks", "5000");
    ordinary(run, 0);
    // Some 460 MB: every network written, and the federation closed.
    assertThat(run.outputBytes()).isGreaterThan(300_000_000);
    assertThat(run.outputEnd()).endsWith("    }\n  ]\n}\n");
  }

  @Test
  void formatCheckOfAFortyMegabyteDocument() throws Exception {
    Path plan = workplan("plan.json", 100_000, "x".repeat(380));
    assertThat(Files.size(plan)).isGreaterThan(40_000_000);
    ordinary(gcm("format", "--check", plan.toString()), 1);
    ordinary(gcm("format", plan.toString()), 0);
    ordinary(gcm("format", "--check", plan.toString()), 0);
  }

  /**
   * Two charters of 150,000 objectives (43 MB each) set side by side clause by clause, in English
   * and French (whose wording once made each charter's joined clauses twice as large), in text and
   * Markdown: every objective of both written, compared without joining a clause.
   */
  @ParameterizedTest
  // The run keeps the last 16 characters of the output: the end of the summary, in the singular.
  @CsvSource({"en, text, uses differs.", "fr, text, 21 diffère.", "en, markdown, uses differs.",
      "fr, markdown, 21 diffère."})
  void diffOfTwoFortyMegabyteCharters(String language, String format, String summary) throws Exception {
    Path a = charter("a.json", 150_000, "o".repeat(250));
    Path b = charter("b.json", 150_000, "p".repeat(250));
    assertThat(Files.size(a)).isGreaterThan(40_000_000);
    Ran run = gcm("diff", "--lang", language, "--format", format, a.toString(), b.toString());
    ordinary(run, 0);
    assertThat(run.outputBytes()).isGreaterThan(2 * 38_000_000);
    assertThat(run.outputEnd()).endsWith(summary + "\n");
  }

  /**
   * 20,000 documents whose sizes add up to just under the document limit (64 MiB in a heap of 256
   * MB) are checked (a line at a time) and graphed (as one federation, held whole: the graph, 66 MB
   * of names, was once made whole as one string).
   */
  @Test
  void twentyThousandDocumentsAsLargeAsTheLimitTogether() throws Exception {
    Path corpus = ndjson("corpus.ndjson", 20_000, i -> network(i, ", \"shortName\": \"" + "s".repeat(3_200) + "\""));
    assertThat(Files.size(corpus)).isBetween(60_000_000L, 64L * 1024 * 1024);
    ordinary(gcm("check", corpus.toString()), 0);
    for (String format : List.of("mermaid", "dot")) {
      Ran graph = gcm("graph", "--format", format, corpus.toString());
      ordinary(graph, 0);
      assertThat(graph.outputBytes()).as(format).isGreaterThan(60_000_000);
    }
  }

  /**
   * What passes the limits of what is read together is refused at once, with one line: NDJSON
   * lines read with the bundled datasets past the 20,000th document, a million-line stream read
   * with them, larger than the document limit; and, in NDJSON files checked alone a line at a
   * time, the problems of unreadable lines past their number (each line lists at most 1,000) or
   * their characters (each quoting a field name of 1,000), which are held until they are reported.
   */
  @Test
  void whatPassesTheLimitsOfWhatIsReadTogetherIsRefusedAtOnce() throws Exception {
    refused(List.of("--bundled", ndjson("broken.ndjson", 20_001, i -> "{}").toString()),
        "more documents than the limit of 20000");
    refused(List.of("--bundled", ndjson("million.ndjson", 1_000_000, i -> "{\"gcmFormat\": \"1.0\", \"kind\": \"event\", "
        + "\"event\": {\"id\": \"e" + i + "\", \"title\": \"Event\", \"kind\": \"webinar\", \"date\": \"2020-08-12\"}}").toString()),
        "more than the limit of 67108864");
    refused(List.of(ndjson("unknown.ndjson", 200, i -> unknownFields(1_000, "f")).toString()),
        "unknown.ndjson#100: the problems of the documents");
    refused(List.of(ndjson("names.ndjson", 10, i -> unknownFields(1_000, "n".repeat(1_000))).toString()),
        "names.ndjson#7: the problems of the documents");
  }

  /**
   * NDJSON files alone are checked a line at a time, in memory that does not grow with the number
   * of lines: 150,000 networks (seven times the 20,000 documents checked together) in a heap of
   * 64 MB, in every format, each line's report written and dropped. One network in ten has a
   * workplan without a period, an error; the others have no workplan, so the workplan rule is
   * not evaluated for them: the JSON report's totals are the sum of those of its lines, each
   * checked alone.
   */
  @ParameterizedTest
  @ValueSource(strings = {"json", "sarif", "junit", "github", "markdown", "text"})
  void anNdjsonCorpusOfAHundredAndFiftyThousandNetworksInSixtyFourMegabytes(String format) throws Exception {
    Path profile = Files.writeString(dir.resolve("profile.json"), "{\"gcmProfile\": \"1.0\", \"name\": \"two\", "
        + "\"include\": [\"network.workplan.overlap\", \"workplan.period.valid\"]}\n");
    IntFunction<String> line = i -> network(i, i % 10 == 0 ? ", \"workplans\": [{\"id\": \"w\", \"title\": \"W\"}]" : "");
    Path corpus = ndjson("corpus.ndjson", 150_000, line);
    Ran run = gcmIn("64m", "check", "--profile", profile.toString(), "--format", format, corpus.toString());
    ordinary(run, 1);
    if (!format.equals("json")) {
      assertThat(run.outputBytes()).isGreaterThan(format.equals("markdown") ? 10_000 : 15_000_000);
      return;
    }
    // The totals come first, before the findings: the corpus is read once for them, then again.
    Summary withPeriodless = Summary.of(gcmIn("64m", "check", "--profile", profile.toString(), "--format", "json",
        ndjson("one.ndjson", 1, line).toString()));
    Summary without = Summary.of(gcmIn("64m", "check", "--profile", profile.toString(), "--format", "json",
        ndjson("two.ndjson", 1, i -> line.apply(1)).toString()));
    assertThat(withPeriodless.errors()).isPositive();
    assertThat(without.notEvaluated()).isPositive();
    Summary all = Summary.of(run);
    assertThat(all.errors()).isEqualTo(15_000 * withPeriodless.errors() + 135_000 * without.errors());
    assertThat(all.notEvaluated()).isEqualTo(15_000 * withPeriodless.notEvaluated() + 135_000 * without.notEvaluated());
  }

  /** The errors and elements not evaluated that a JSON report's summary, at its start, counts. */
  private record Summary(int errors, int notEvaluated) {
    static Summary of(Ran run) {
      return new Summary(number(run.outputStart(), "errors"), number(run.outputStart(), "notEvaluated"));
    }

    private static int number(String json, String name) {
      Matcher m = Pattern.compile("\"" + name + "\": (\\d+)").matcher(json);
      assertThat(m.find()).as("%s in %s", name, json).isTrue();
      return Integer.parseInt(m.group(1));
    }
  }

  /** An event document with {@code count} unknown fields, each named {@code name} and its number. */
  private static String unknownFields(int count, String name) {
    StringBuilder line = new StringBuilder("{\"gcmFormat\": \"1.0\", \"kind\": \"event\"");
    for (int i = 0; i < count; i++) {
      line.append(", \"").append(name).append(i).append("\": 1");
    }
    return line.append('}').toString();
  }

  private void refused(List<String> args, String line) throws Exception {
    List<String> command = new ArrayList<>(List.of("check"));
    command.addAll(args);
    Ran run = gcm(command.toArray(String[]::new));
    ordinary(run, 2);
    assertThat(run.err()).contains(line).hasLineCount(1);
  }

  /**
   * Shapes within the limits that broke beyond memory: a profile selector of 400,000 hyphenated
   * words (a located problem, where a regular expression once overflowed the stack), and a
   * reporting cycle of 20,000 networks, each of whose findings once quoted the whole cycle (4 GB).
   */
  @Test
  void aLongSelectorAndALongReportingCycle() throws Exception {
    Path profile = file("profile.json", "{\"gcmProfile\": \"1.0\", \"name\": \"p\", \"include\": [\"a", 400_000, i -> "-a", "",
        "\"]}\n");
    Ran selector = gcm("check", "--profile", profile.toString(), workplan("plan.json", 10, "").toString());
    ordinary(selector, 2);
    assertThat(selector.err()).contains("/include/0");
    // One federation document: NDJSON lines are checked one at a time, each network without the others.
    Ran cycle = gcm("check", file("ring.json", "{\"gcmFormat\": \"1.0\", \"kind\": \"federation\", \"networks\": [\n", 20_000,
        i -> network(i, ", \"reportsTo\": \"n" + (i + 1) % 20_000 + "\"").replace("\"gcmFormat\": \"1.0\", \"kind\": \"network\", ", ""),
        ",\n", "]}\n").toString());
    ordinary(cycle, 1);
    assertThat(cycle.outputBytes()).isLessThan(200_000_000);
  }

  /**
   * The coverage of a network of 60,000 workplans (59 MB), in every format: tens of megabytes of
   * table, CSV or JSON, once made whole (the JSON as a tree) before being written.
   */
  @ParameterizedTest
  @ValueSource(strings = {"table", "csv", "json"})
  void coverageOfSixtyThousandWorkplans(String format) throws Exception {
    Path network = file("network.json", network(0, ", \"workplans\": [\n").replaceFirst("}$", ""), 60_000,
        i -> "{\"id\": \"w" + i + "\", \"title\": \"" + "t".repeat(800) + "\", \"priorities\": [{\"kind\": \"core\", "
            + "\"number\": 1, \"title\": \"P\", \"links\": {\"objectives\": [\"data\", \"information\"]}, "
            + "\"workstreams\": [{\"id\": \"1.1\"}]}]}", ",\n", "]}\n");
    assertThat(Files.size(network)).isGreaterThan(55_000_000);
    Ran run = gcm("coverage", "--format", format, network.toString());
    ordinary(run, 0);
    assertThat(run.outputBytes()).isGreaterThan(10_000_000);
  }

  /**
   * Where a network's workplan of 100,000 scheduled workstreams (50 MB) stands after one progress
   * report, in every format: each workstream listed with its text, once made whole before being
   * written (the JSON as a tree).
   */
  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "markdown", "html"})
  void progressOfAFiftyMegabyteWorkplan(String format) throws Exception {
    Path network = file("network.json", network(0, ", \"workplans\": [{\"id\": \"w\", \"title\": \"W\", "
            + "\"period\": {\"from\": \"2024-01\", \"to\": \"2024-12\"}, \"priorities\": [{\"kind\": \"core\", "
            + "\"number\": 1, \"title\": \"P\", \"workstreams\": [\n").replaceFirst("}$", ""), 100_000,
        i -> "{\"id\": \"1." + (i + 1) + "\", \"outcome\": \"" + "x".repeat(380) + " " + i + "\", \"schedule\": "
            + "{\"type\": \"window\", \"window\": {\"from\": \"2024-02\", \"to\": \"2024-05\"}}}", ",\n", "]}]}]}\n");
    Path report = Files.writeString(dir.resolve("progress.json"), "{\"gcmFormat\": \"1.0\", \"kind\": \"progress\", \"id\": \"q1\", \"network\": \"n0\", "
        + "\"workplan\": \"w\", \"title\": \"Q1\", \"asOf\": \"2024-03-31\", \"period\": {\"from\": \"2024-01\", "
        + "\"to\": \"2024-03\"}, \"units\": [{\"unit\": \"1.1\", \"status\": \"on-track\"}]}\n");
    assertThat(Files.size(network)).isGreaterThan(45_000_000);
    Ran run = gcm("progress", "--as-of", "2024-06-30", "--format", format, network.toString(), report.toString());
    ordinary(run, 0);
    assertThat(run.outputBytes()).isGreaterThan(9_000_000);
  }

  /** {@code format} of a 62 MB YAML document: with a comment it is refused, at its line; without, rewritten. */
  @Test
  void formatOfASixtyMegabyteYamlDocument() throws Exception {
    Path commented = yamlWorkplan("commented.yaml", 100_000, "x".repeat(580), "# a note for the secretariat\n");
    assertThat(Files.size(commented)).isGreaterThan(60_000_000);
    Ran refused = gcm("format", commented.toString());
    ordinary(refused, 2);
    assertThat(refused.err()).contains("line 200010");
    Path plain = yamlWorkplan("plain.yaml", 100_000, "x".repeat(580), "");
    ordinary(gcm("format", plain.toString()), 0);
    ordinary(gcm("format", "--check", plain.toString()), 0);
  }
}
