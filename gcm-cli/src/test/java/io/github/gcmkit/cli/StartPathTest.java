package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.examples.Datasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a check of a JSON file loads, in a JVM of its own that logs every class it loads: nothing
 * of YAML, of the JSON Schema or of the renderers, which only other inputs and commands need, and
 * no databind mapper (documents and reports are read and written with Jackson's streaming API).
 */
class StartPathTest {

  @TempDir Path dir;

  @Test
  void aJsonCheckLoadsNoYamlSchemaOrRendererClass() throws IOException, InterruptedException {
    Path file = Files.writeString(dir.resolve("sn.json"), Datasets.text("sn"));
    String modulePath = System.getProperty("jdk.module.path");
    assertThat(modulePath).as("the tests run on the module path").isNotBlank();
    Path log = dir.resolve("classes.txt");
    Process process = new ProcessBuilder(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xlog:class+load=info:file=" + log,
            "--module-path", modulePath,
            "--module", "io.github.gcmkit.cli/io.github.gcmkit.cli.Gcm",
            "check", file.toString()))
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("out.txt").toFile())
        .start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the check ends").isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isIn(0, 1);
    List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertThat(loaded).anyMatch(l -> l.contains("io.github.gcmkit.io.GcmJson "));
    assertThat(loaded)
        .noneMatch(l -> l.contains("tools.jackson.dataformat.yaml.") || l.contains("org.snakeyaml."))
        .noneMatch(l -> l.contains("io.github.gcmkit.io.GcmYaml "))
        .noneMatch(l -> l.contains("io.github.gcmkit.io.GcmSchema") || l.contains("com.networknt."))
        .noneMatch(l -> l.contains("io.github.gcmkit.io.render."))
        .noneMatch(l -> l.contains("tools.jackson.databind.ObjectMapper ")
            || l.contains("tools.jackson.databind.ext.")
            || l.contains("io.github.gcmkit.io.GcmModule "));
  }
}
