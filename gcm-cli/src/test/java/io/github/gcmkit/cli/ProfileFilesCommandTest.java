package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.io.GcmJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code gcm check --profile FILE} with a profile that extends a sibling profile file. */
class ProfileFilesCommandTest {

  @TempDir Path dir;

  @Test
  void aProfileExtendingASiblingFileRunsItsRules() throws IOException {
    Files.writeString(dir.resolve("charters.yaml"), "gcmProfile: '1.0'\nname: charters\ninclude: [charter.*]\n");
    Path strict = Files.writeString(dir.resolve("strict.yaml"),
        "gcmProfile: '1.0'\nname: strict\nextends: charters.yaml\nexclude: [charter.human-rights]\n");
    Run run = Run.gcm("check", "--bundled", "--profile", strict.toString(), "--format", "json");
    assertThat(run.err()).isEmpty();
    JsonNode report = GcmJson.defaults().mapper().readTree(run.out());
    assertThat(report.get("profile").asString()).isEqualTo("strict");
    assertThat(report.get("findings")).allSatisfy(f -> assertThat(f.get("rule").asString()).startsWith("charter."));
  }

  @Test
  void aCycleOfProfilesIsALocatedProblem() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "gcmProfile: '1.0'\nname: a\nextends: b.yaml\n");
    Path b = Files.writeString(dir.resolve("b.yaml"), "gcmProfile: '1.0'\nname: b\nextends: a.yaml\n");
    Run run = Run.gcm("check", "--bundled", "--profile", b.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(b + ":3:10: /extends: ", "in a cycle: b.yaml → a.yaml → b.yaml");
  }

  @Test
  void profileShowSaysWhichProfileSetsEachSetting() throws IOException {
    Files.writeString(dir.resolve("charters.yaml"), "gcmProfile: '1.0'\nname: charters\ninclude: [charter.*]\n"
        + "severities: {charter.human-rights: error}\n");
    Path strict = Files.writeString(dir.resolve("strict.yaml"), "gcmProfile: '1.0'\nname: strict\nextends: charters.yaml\n"
        + "exclude: [charter.working-groups.open-chair]\n"
        + "parameters: {charter.meetings.frequency: {maxIntervalMonths: 6}}\n");
    Run run = Run.gcm("profile", "show", strict.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Profile 'strict' (" + strict + ")\nExtends: 'charters'\n")
        .contains("  include charter.*  — from 'charters'",
            "  exclude charter.working-groups.open-chair  — from 'strict'",
            "  severity of charter.human-rights: error  — from 'charters'",
            "  charter.meetings.frequency: maxIntervalMonths = 6  — from 'strict'")
        .doesNotContain("  charter.working-groups.open-chair ");
    assertThat(run.out()).containsPattern("charter\\.meetings\\.frequency +warning \\(default\\)  maxIntervalMonths=6");
    assertThat(Run.gcm("profile", "show", strict.toString(), "--lang", "fr").out())
        .contains("Profil « strict »", "gravité de charter.human-rights : erreur  — de « charters »");
    assertThat(Run.gcm("profile", "show", "baseline").out()).contains("Extends: extends nothing", "include charter.mission.required  — from 'baseline'");
    assertThat(Run.gcm("profile", "show", dir.resolve("missing.yaml").toString()).exitCode()).isEqualTo(2);
  }
}
