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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
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

  /** A run: its exit code, how many bytes it wrote to standard output and the last of them, its standard error. */
  private record Ran(int exitCode, long outputBytes, String outputEnd, String err) {}

  private Ran gcm(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", JAR.toString()));
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
    return new Ran(process.exitValue(), out.outputBytes(), out.outputEnd(), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static Ran count(InputStream in) {
    byte[] buffer = new byte[1 << 16];
    byte[] end = new byte[0];
    long size = 0;
    try (in) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        size += n;
        byte[] last = Arrays.copyOf(end, end.length + n);
        System.arraycopy(buffer, 0, last, end.length, n);
        end = Arrays.copyOfRange(last, Math.max(0, last.length - 16), last.length);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Ran(0, size, new String(end, StandardCharsets.UTF_8), "");
  }

  /** A workplan of {@code count} workstreams that give only their id, each with {@code outcome} if not empty. */
  private Path workplan(String name, int count, String outcome) throws IOException {
    Path file = dir.resolve(name);
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("{\"gcmFormat\": \"1.0\", \"kind\": \"workplan\", \"id\": \"w\", \"title\": \"Workplan\",\n"
          + " \"priorities\": [{\"kind\": \"core\", \"number\": 1, \"title\": \"Priority\", \"workstreams\": [\n");
      for (int i = 0; i < count; i++) {
        out.write((i == 0 ? "" : ",\n") + "  {\"id\": \"1." + (i + 1) + "\""
            + (outcome.isEmpty() ? "" : ", \"outcome\": \"" + outcome + " " + i + "\"") + "}");
      }
      out.write("]}]}\n");
    }
    return file;
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
   * An NDJSON corpus of 20,000 networks that give only what a network must: without charter or
   * workplan, every charter and workplan rule is not evaluated for each, some 700,000 entries.
   */
  @ParameterizedTest
  @ValueSource(strings = {"text", "json"})
  void anNdjsonCorpusOfTwentyThousandMinimalNetworks(String format) throws Exception {
    Path corpus = dir.resolve("corpus.ndjson");
    try (BufferedWriter out = Files.newBufferedWriter(corpus)) {
      for (int i = 0; i < 20_000; i++) {
        out.write("{\"gcmFormat\": \"1.0\", \"kind\": \"network\", \"id\": \"n" + i
            + "\", \"level\": \"national\", \"name\": \"Network " + i + "\", \"country\": \"CM\"}\n");
      }
    }
    Ran run = gcm("check", "--format", format, corpus.toString());
    ordinary(run, 0);
    assertThat(run.outputBytes()).isGreaterThan(20_000_000);
  }

  @Test
  void aBaselineOfThreeHundredThousandStaleEntries() throws Exception {
    Path baseline = dir.resolve("stale.json");
    try (BufferedWriter out = Files.newBufferedWriter(baseline)) {
      out.write("{\"gcmBaseline\": \"1.0\", \"accepted\": [\n");
      for (int i = 0; i < 300_000; i++) {
        out.write((i == 0 ? "" : ",\n") + "{\"rule\": \"workplan.period.valid\", \"network\": \"n" + i % 1000
            + "\", \"path\": \"/workplans/0/priorities/" + i + "\"}");
      }
      out.write("]}\n");
    }
    assertThat(Files.size(baseline)).isGreaterThan(16_000_000);
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
    Path charter = dir.resolve("charter.json");
    try (BufferedWriter out = Files.newBufferedWriter(charter)) {
      out.write("{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", \"title\": \"Charter\", \"objectives\": [\n");
      for (int i = 0; i < 150_000; i++) {
        out.write((i == 0 ? "" : ",\n") + "{\"id\": \"o" + i + "\", \"text\": \"" + "o".repeat(250) + " " + i + "\"}");
      }
      out.write("]}\n");
    }
    Ran run = gcm("render", charter.toString());
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
}
