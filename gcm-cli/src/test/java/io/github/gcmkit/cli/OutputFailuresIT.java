package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar that {@code package} built, in a JVM of its own, where what fails is the
 * system: a full disk, a reader that goes away, a heap too small for the input. Each ends with its
 * documented exit code and at most one plain line, never a stack trace.
 */
@EnabledOnOs(OS.LINUX)
class OutputFailuresIT {

  private static final Path JAR = Path.of("target", "gcm.jar").toAbsolutePath();

  @TempDir Path dir;

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private DistributionIT.Launched gcm(ProcessBuilder.Redirect out, List<String> jvm, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(jvm);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out);
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Path err = Files.createTempFile(dir, "err", ".txt");
    builder.redirectError(err.toFile());
    Process process = builder.start();
    process.getOutputStream().close();
    if (out == ProcessBuilder.Redirect.PIPE) {
      // The reader goes away before the command writes anything: every write is a broken pipe.
      process.getInputStream().close();
    }
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished: %s", command).isTrue();
    return new DistributionIT.Launched(process.exitValue(), "", Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void aFullDiskIsAnErrorWithAMessage() throws Exception {
    DistributionIT.Launched run = gcm(ProcessBuilder.Redirect.to(new File("/dev/full")), List.of(), "schema");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("gcm: the output cannot be written: ").doesNotContain("\tat ");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void aBrokenPipeEndsQuietlyButNotWithSuccess() throws Exception {
    DistributionIT.Launched run = gcm(ProcessBuilder.Redirect.PIPE, List.of(), "schema");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anExhaustedHeapIsExitCodeThreeWithOnePlainLine() throws Exception {
    // Within every limit (1.5 million values of the 2 million allowed), beyond a 24 MB heap.
    Path big = dir.resolve("big.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big))) {
      out.write("{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", \"extra\": [0".getBytes(StandardCharsets.UTF_8));
      byte[] item = ",0".getBytes(StandardCharsets.UTF_8);
      for (int i = 1; i < 1_500_000; i++) {
        out.write(item);
      }
      out.write("]}\n".getBytes(StandardCharsets.UTF_8));
    }
    DistributionIT.Launched run = gcm(ProcessBuilder.Redirect.DISCARD, List.of("-Xmx24m"), "check", "--lenient", big.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().lines()).singleElement().asString()
        .contains("out of memory", "raise the heap with JAVA_TOOL_OPTIONS=-Xmx… or split the input")
        .doesNotContain("Exception", "\tat ");
    DistributionIT.Launched french = gcm(ProcessBuilder.Redirect.DISCARD, List.of("-Xmx24m"),
        "check", "--lenient", "--lang", "fr", big.toString());
    assertThat(french.exitCode()).isEqualTo(3);
    assertThat(french.err().lines()).singleElement().asString()
        .contains("mémoire épuisée", "augmentez le tas avec JAVA_TOOL_OPTIONS=-Xmx… ou divisez l'entrée")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void aNamedPipeIsNotWaitedOn() throws Exception {
    Path fifo = dir.resolve("pipe.json");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    DistributionIT.Launched run = gcm(ProcessBuilder.Redirect.DISCARD, List.of(), "render", fifo.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not a regular file");
  }
}
