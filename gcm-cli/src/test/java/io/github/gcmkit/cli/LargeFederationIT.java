package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The tool checks its own load-test output: the federation {@code gcm generate --networks 1000
 * --seed 42} writes (about 91 MB, more than the library's 64 MiB document limit) is checked
 * without {@code --max-document-size} in a heap of 1 GB, whose quarter is the default limit. The
 * runnable jar runs in JVMs of its own; the timeout only stops a hang.
 */
@EnabledOnOs(OS.LINUX)
class LargeFederationIT {

  private static final Path JAR = Path.of("target", "gcm.jar").toAbsolutePath();

  @TempDir Path dir;

  private int gcm(String heap, Path out, Path err, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Process process = builder.start();
    process.getOutputStream().close();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("finished: %s", command).isTrue();
    return process.exitValue();
  }

  @Test
  void theGeneratedThousandNetworksAreCheckedWithoutRaisingTheLimit() throws Exception {
    Path federation = dir.resolve("big.json");
    Path err = dir.resolve("err.txt");
    assertThat(gcm("-Xmx256m", federation, err, "generate", "--networks", "1000", "--seed", "42"))
        .as(Files.readString(err, StandardCharsets.UTF_8))
        .isZero();
    assertThat(Files.size(federation)).as("larger than the library's default limit")
        .isGreaterThan(64L * 1024 * 1024);

    Path report = dir.resolve("report.json");
    int code = gcm("-Xmx1g", report, err, "check", "--format", "json", federation.toString());

    String errors = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(code).as(errors).isIn(0, 1);
    assertThat(errors).doesNotContain("larger than the limit").doesNotContain("Exception");
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("\"findings\"");
  }
}
