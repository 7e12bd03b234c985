package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import tools.jackson.databind.json.JsonMapper;

/**
 * The repository's Dockerfile, read as Docker would read it: no container engine is reachable from
 * the build machines, so the image is not built here, but what it is made of is checked against what
 * {@code package} built.
 */
@DisabledOnOs(OS.WINDOWS)
class DockerfileIT {

  static final Path ROOT = Dockerfile.ROOT;
  static final Pattern LABEL = Pattern.compile("([\\w.-]+)=\"([^\"]*)\"");

  @Test
  void buildsWithTheWrapperAndRunsOnASmallJre() throws IOException {
    List<String> from = Dockerfile.arguments(Dockerfile.instructions(), "FROM");
    assertThat(from).hasSize(2);
    assertThat(from.get(0)).startsWith("eclipse-temurin:17-jdk").endsWith(" AS build");
    assertThat(from.get(1)).isEqualTo("eclipse-temurin:17-jre");
    assertThat(Dockerfile.arguments(Dockerfile.instructions(), "RUN")).anyMatch(run -> run.startsWith("./mvnw -B") && run.contains(" package "));
  }

  @Test
  void runsGcmAsAnUnprivilegedUserInWork() throws IOException {
    List<Dockerfile.Instruction> image = Dockerfile.finalStage();
    assertThat(Dockerfile.arguments(image, "USER")).singleElement().isNotIn("root", "0", "0:0");
    assertThat(Dockerfile.arguments(image, "WORKDIR")).singleElement().isEqualTo("/work");
    List<String> entryPoint = List.of(JsonMapper.shared()
        .readValue(Dockerfile.arguments(image, "ENTRYPOINT").get(0), String[].class));
    assertThat(entryPoint).containsExactly("/opt/gcm/bin/gcm");
  }

  @Test
  void carriesTheOciLabels() throws IOException {
    List<Dockerfile.Instruction> image = Dockerfile.finalStage();
    Map<String, String> labels = new LinkedHashMap<>();
    for (String label : Dockerfile.arguments(image, "LABEL")) {
      Matcher m = LABEL.matcher(label);
      while (m.find()) {
        labels.put(m.group(1), m.group(2));
      }
    }
    assertThat(labels).containsKeys("org.opencontainers.image.title", "org.opencontainers.image.description",
        "org.opencontainers.image.version", "org.opencontainers.image.source", "org.opencontainers.image.licenses");
    assertThat(labels).containsEntry("org.opencontainers.image.licenses", "Apache-2.0")
        .containsEntry("org.opencontainers.image.version", "${GCM_VERSION}");
    assertThat(Dockerfile.arguments(image, "ARG")).contains("GCM_VERSION=" + System.getProperty("gcm.version"));
  }

  @Test
  void everythingItCopiesExistsAfterPackage() throws Exception {
    for (String copy : Dockerfile.arguments(Dockerfile.instructions(), "COPY")) {
      List<String> words = List.of(copy.split("\\s+"));
      List<String> sources = words.subList(0, words.size() - 1).stream().filter(w -> !w.startsWith("--")).toList();
      if (words.get(0).equals("--from=build")) {
        // What the build stage unpacked from the distribution into /opt/gcm.
        assertThat(sources).containsExactly("/opt/gcm");
      } else {
        sources.forEach(source -> assertThat(ROOT.resolve(source)).exists());
      }
    }
    // The build stage unpacks the tarball that package built; the entry point is in it.
    String run = Dockerfile.arguments(Dockerfile.instructions(), "RUN").stream().filter(r -> r.contains("tar -xzf")).findFirst().orElseThrow();
    Matcher tarball = Pattern.compile("tar -xzf (\\S+)").matcher(run);
    assertThat(tarball.find()).isTrue();
    Path glob = ROOT.resolve(tarball.group(1));
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(glob.getParent(), glob.getFileName().toString())) {
      files.forEach(found::add);
    }
    assertThat(found).hasSize(1);
    DistributionIT.Launched listing = DistributionIT.run(ROOT, Map.of(), "tar", "-tzf", found.get(0).toString());
    assertThat(listing.out().lines()).anyMatch(entry -> entry.endsWith("/bin/gcm"));
  }
}
