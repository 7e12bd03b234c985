package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.gcmkit.examples.Datasets;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Workplan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * What documents and the system can do to the command's output: text that would act on a terminal
 * or a spreadsheet, a network given twice, standard input, special files, and output that cannot be
 * written.
 */
class HostileOutputTest {

  private static final String ESC = "\u001b";

  @TempDir Path dir;

  private Network wca() {
    return Datasets.federation().network("wca").orElseThrow();
  }

  @Test
  void escapeSequencesInADocumentReachNoTerminal() throws IOException {
    Network hostile = wca().withName(LocalizedText.of("en", "Evil" + ESC + "]8;;http://x" + ESC + "\\ network\nFAKE: line"));
    Path file = Files.writeString(dir.resolve("wca.json"), GcmJson.defaults().write(hostile));
    Run check = Run.gcm("check", file.toString());
    assertThat(check.out()).doesNotContain(ESC).contains("Evil\\u001b]8;;http://x\\u001b\\ network\\u000aFAKE: line");
    Run coverage = Run.gcm("coverage", file.toString());
    assertThat(coverage.out() + coverage.err()).doesNotContain(ESC);
  }

  @Test
  void anUnknownNetworkIdShowsItsControlsEscaped() {
    Run run = Run.gcm("render", "--bundled", "x" + ESC + "[2J");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).doesNotContain(ESC).contains("x\\u001b[2J");
  }

  @Test
  void coverageCsvNeutralisesFormulasAndQuotesLineBreaks() throws IOException {
    Network network = wca();
    Workplan first = network.workplans().get(0);
    Network hostile = network.withId("=cmd|' /C calc'!A0").withWorkplans(first.withId("@SUM(1+1)\rx"));
    Path file = Files.writeString(dir.resolve("hostile.json"), GcmJson.defaults().write(hostile));
    Run csv = Run.gcm("coverage", "--format", "csv", file.toString());
    assertThat(csv.exitCode()).isZero();
    // Rows end with a line feed; the carriage return inside a quoted field is data.
    java.util.List<String> rows = java.util.List.of(csv.out().split("\n"));
    assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("\"'=cmd|' /C calc'!A0\",\"'@SUM(1+1)\rx\","));
  }

  @Test
  void aNetworkInTwoFilesIsALocatedProblemInEveryFormat() throws IOException {
    Path one = Files.writeString(dir.resolve("one.json"), GcmJson.defaults().write(wca()));
    Path two = Files.writeString(dir.resolve("two.json"), GcmJson.defaults().write(wca()));
    Run text = Run.gcm("check", one.toString(), two.toString());
    assertThat(text.exitCode()).isEqualTo(2);
    assertThat(text.err()).contains(two + ":1:1: /: the network 'wca' is also in " + one);
    Run json = Run.gcm("check", "--format", "json", one.toString(), two.toString());
    assertThat(json.exitCode()).isEqualTo(2);
    JsonNode problem = GcmJson.defaults().mapper().readTree(json.out()).get("problems").get(0);
    assertThat(problem.get("source").asString()).isEqualTo(two.toString());
    assertThat(problem.get("message").asString()).contains("the network 'wca' is also in " + one);
  }

  @Test
  void aNetworkInTwoFilesIsAProblemInTheLanguageOfTheCommandLine() throws IOException {
    Path one = Files.writeString(dir.resolve("one.json"), GcmJson.defaults().write(wca()));
    Path two = Files.writeString(dir.resolve("two.json"), GcmJson.defaults().write(wca()));
    String french = "le réseau « wca » figure aussi dans " + one + " : donnez chaque réseau une seule fois";
    Run text = Run.gcm("check", "--lang", "fr", one.toString(), two.toString());
    assertThat(text.exitCode()).isEqualTo(2);
    assertThat(text.err()).contains(two + ":1:1: /: " + french).doesNotContain("also in");
    Run json = Run.gcm("check", "--lang", "fr", "--format", "json", one.toString(), two.toString());
    assertThat(json.exitCode()).isEqualTo(2);
    JsonNode problem = GcmJson.defaults().mapper().readTree(json.out()).get("problems").get(0);
    // The JSON report keeps English messages for tools, and the problem's key.
    assertThat(problem.get("message").asString()).isEqualTo("the network 'wca' is also in " + one + ": give each network once");
    assertThat(problem.get("key").asString()).isEqualTo("input.network-twice");
    Run graph = Run.gcm("graph", "--lang", "fr", one.toString(), two.toString());
    assertThat(graph.exitCode()).isEqualTo(2);
    assertThat(graph.err()).contains(two + ":1:1: /: " + french);
  }

  @Test
  void aDashReadsStandardInput() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(GcmJson.defaults().write(wca()).getBytes(StandardCharsets.UTF_8)));
      Run run = Run.gcm("render", "-");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).startsWith("# ");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void aDirectoryIsRefusedAtOnce() {
    Run run = Run.gcm("render", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("gcm render: " + dir + " is not a regular file (a directory, a named pipe or"
        + " a device) and is not read: to read a stream, give '-' and send it on standard input\n");
    Run french = Run.gcm("check", "--lang", "fr", "--format", "json", dir.toString());
    assertThat(french.exitCode()).isEqualTo(2);
    assertThat(french.err()).isEqualTo("gcm check: " + dir + " n’est pas un fichier ordinaire (un dossier, un tube"
        + " nommé ou un périphérique) et n’est pas lu : pour lire un flux, donnez « - » et envoyez-le sur l’entrée"
        + " standard\n");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aNamedPipeIsRefusedNotWaitedOn() throws Exception {
    Path fifo = dir.resolve("pipe.json");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      mkfifo = null;
    }
    assumeThat(mkfifo != null && mkfifo.waitFor() == 0).as("mkfifo is available").isTrue();
    Run run = Run.gcm("check", fifo.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not a regular file");
    // Every file a command reads: NDJSON streams, profiles, baselines.
    Path lines = dir.resolve("pipe.ndjson");
    assertThat(new ProcessBuilder("mkfifo", lines.toString()).start().waitFor()).isZero();
    Path plan = Files.writeString(dir.resolve("wca.json"), GcmJson.defaults().write(wca()));
    for (Run refused : new Run[] {
        Run.gcm("check", "--lang", "fr", lines.toString()),
        Run.gcm("check", "--lang", "fr", "--profile", fifo.toString(), plan.toString()),
        Run.gcm("check", "--lang", "fr", "--baseline", fifo.toString(), plan.toString()),
        Run.gcm("profile", "show", "--lang", "fr", fifo.toString())}) {
      assertThat(refused.exitCode()).isEqualTo(2);
      assertThat(refused.err()).contains("n’est pas un fichier ordinaire");
    }
  }

  @Test
  void aFailedWriteIsRememberedAndTheRestDropped() {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        if (written.size() >= 4) {
          throw new IOException("No space left on device");
        }
        written.write(b);
      }
    };
    WatchedOutput out = new WatchedOutput(full);
    java.io.PrintWriter writer = new java.io.PrintWriter(out);
    writer.print("0123456789");
    writer.flush();
    assertThat(writer.checkError()).isTrue();
    assertThat(out.failure()).hasMessage("No space left on device");
    assertThat(out.brokenPipe()).isFalse();
    assertThat(Errors.describe(out.failure(), "en")).isEqualTo("No space left on device");
  }
}
