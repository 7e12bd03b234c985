package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pre-commit hooks ({@code .pre-commit-hooks.yaml}) run {@code gcm check} with its own options. */
class PreCommitHooksTest {

  @Test
  void theHooksRunGcmCheckWithItsOptions() throws IOException {
    JsonNode hooks = CheckOptions.yaml(".pre-commit-hooks.yaml");
    assertThat(hooks.isArray()).isTrue();
    String entryPoint = JsonMapper.shared()
        .readValue(Dockerfile.arguments(Dockerfile.finalStage(), "ENTRYPOINT").get(0), String[].class)[0];
    List<String> ids = new ArrayList<>();
    for (JsonNode hook : hooks) {
      ids.add(hook.path("id").asString());
      List<String> entry = List.of(hook.path("entry").asString().split("\\s+"));
      String language = hook.path("language").asString();
      assertThat(language).isIn("system", "docker");
      assertThat(entry).containsExactly(language.equals("docker") ? entryPoint : "gcm", "check");
      List<String> args = new ArrayList<>();
      hook.path("args").forEach(a -> args.add(a.asString()));
      assertThat(CheckOptions.in(String.join(" ", args))).isNotEmpty();
      assertThat(hook.path("require_serial").asBoolean()).as("one run checks the files together").isTrue();
    }
    assertThat(ids).doesNotHaveDuplicates().contains("gcm-check", "gcm-check-docker");
  }
}
