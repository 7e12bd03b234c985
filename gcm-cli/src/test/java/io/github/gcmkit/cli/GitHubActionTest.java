package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.OptionSpec;
import tools.jackson.databind.JsonNode;

/**
 * The GitHub Action ({@code action.yml}) held against {@code gcm check}'s own options: each input
 * stands for the option of its name, with the same default and values, and the check step passes
 * only options that exist, with values they accept.
 */
class GitHubActionTest {

  @Test
  void theInputsAreCheckOptionsWithTheirDefaults() throws IOException {
    JsonNode inputs = CheckOptions.yaml("action.yml").path("inputs");
    assertThat(inputs.propertyNames()).contains("files", "profile", "baseline", "fail-on");
    assertThat(inputs.path("files").path("required").asBoolean()).isTrue();
    assertThat(CheckOptions.CHECK.positionalParameters()).isNotEmpty();
    for (String input : inputs.propertyNames()) {
      if (input.equals("files") || input.equals("upload-sarif")) {
        continue; // the positional files; whether to upload: the action's own
      }
      OptionSpec option = CheckOptions.option("--" + input);
      String defaultValue = option.defaultValue() == null ? "" : option.defaultValue();
      assertThat(inputs.path(input).path("default").asString()).as("default of %s", input).isEqualTo(defaultValue);
      for (String value : CheckOptions.values(option)) {
        assertThat(inputs.path(input).path("description").asString()).contains("'" + value + "'");
      }
    }
  }

  @Test
  void itRunsGcmCheckWithSarifAndUploadsTheReport() throws IOException {
    JsonNode action = CheckOptions.yaml("action.yml");
    assertThat(action.path("runs").path("using").asString()).isEqualTo("composite");
    List<JsonNode> steps = new ArrayList<>();
    action.path("runs").path("steps").forEach(steps::add);
    JsonNode check = steps.stream().filter(step -> step.path("id").asString().equals("check"))
        .findFirst().orElseThrow(() -> new AssertionError("no step with id check"));
    JsonNode upload = steps.stream()
        .filter(step -> step.path("uses").asString().startsWith("github/codeql-action/upload-sarif@"))
        .findFirst().orElseThrow(() -> new AssertionError("no step uploads the SARIF report"));
    String run = check.path("run").asString();
    assertThat(run).contains("gcm.jar\" check ");
    assertThat(CheckOptions.in(run)).contains("--profile", "--fail-on", "--baseline", "--format");
    assertThat(run).contains("--format sarif");
    // Inputs reach the script through the environment, never spliced into it.
    assertThat(run).doesNotContain("${{");
    assertThat(upload.path("with").path("sarif_file").asString()).contains("steps.check.outputs.sarif-file");
  }
}
