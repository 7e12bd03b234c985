package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The jbang catalog at the repository's root runs the published gcm-cli artifact. */
class JbangCatalogTest {

  @Test
  void theGcmAliasNamesThisReleaseOfGcmCliAndItsMainClass() throws Exception {
    JsonNode gcm = JsonMapper.shared().readTree(Path.of("../jbang-catalog.json").toFile()).path("aliases").path("gcm");
    String release = System.getProperty("gcm.version", "").replace("-SNAPSHOT", "");
    assertThat(release).isNotEmpty();
    assertThat(gcm.path("script-ref").asString()).isEqualTo("io.github.gcmkit:gcm-cli:" + release);

    Class<?> main = Class.forName(gcm.path("main").asString());
    assertThat(main).isEqualTo(Gcm.class);
    Method method = main.getMethod("main", String[].class);
    assertThat(Modifier.isStatic(method.getModifiers())).isTrue();
    assertThat(gcm.path("java").asString()).isEqualTo("17+");
  }
}
