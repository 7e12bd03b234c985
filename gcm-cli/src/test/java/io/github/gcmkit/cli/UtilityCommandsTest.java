package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.examples.Datasets;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.io.GcmOptions;
import io.github.gcmkit.io.GcmSchema;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.rules.RuleCatalog;
import io.github.gcmkit.testkit.ModelGenerators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code schema}, {@code rules}, {@code format} and {@code generate}. */
class UtilityCommandsTest {

  @TempDir Path dir;

  @Test
  void schemaPrintsEachShippedSchema() {
    assertThat(Run.gcm("schema").out()).isEqualTo(GcmSchema.text().endsWith("\n") ? GcmSchema.text() : GcmSchema.text() + "\n");
    assertThat(Run.gcm("schema", "profile").out()).contains("gcm-profile-1.0.schema.json");
    assertThat(Run.gcm("schema", "baseline").out()).contains("gcm-baseline-1.0.schema.json");
    assertThat(Run.gcm("schema", "report").out()).contains("gcm-report-1.0.schema.json");
    assertThat(Run.gcm("schema", "charter").exitCode()).isEqualTo(2);
  }

  @Test
  void rulesListsTheCatalogue() {
    Run run = Run.gcm("rules");
    assertThat(run.exitCode()).isZero();
    RuleCatalog.installed().rules().forEach(r -> assertThat(run.out()).contains(r.id()));
    assertThat(run.out()).contains("charter.meetings.frequency", "[maxIntervalMonths=3]")
        .endsWith(RuleCatalog.installed().size() + " rules. The 'baseline' profile runs the built-in ones; see docs/rules.md.\n");
    assertThat(Run.gcm("rules", "--verbose", "--lang", "fr").out()).contains("Le mandat du Sénégal");
    assertThat(Run.gcm("rules", "--verbose").out())
        .contains("para. 45(a): \u201cIOM will serve as the coordinator and secretariat of the network\u201d");
  }

  @Test
  void rulesAsJsonPrintTheCatalogueWithItsVersionAndSources() {
    Run run = Run.gcm("rules", "--format", "json");
    assertThat(run.exitCode()).isZero();
    tools.jackson.databind.JsonNode json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(run.out());
    assertThat(json.get("catalogVersion").asString()).isEqualTo(RuleCatalog.installed().version().orElseThrow());
    assertThat(json.get("rules")).hasSize(RuleCatalog.installed().size());
    assertThat(json.get("rules").get(0).get("sources")).isNotEmpty();
    assertThat(Run.gcm("rules", "--format", "yaml").exitCode()).isEqualTo(2);
  }

  @Test
  void entitiesListsTheCatalogueWithNamesInBothLanguagesAndAliases() {
    Run run = Run.gcm("entities");
    assertThat(run.exitCode()).isZero();
    EntityCatalog.defaults().entities().forEach(e -> assertThat(run.out()).contains(e.id().code()));
    assertThat(run.out())
        .contains("International Organization for Migration", "Organisation internationale pour les migrations",
            "aliases: OIM", "un-coordination")
        .endsWith(EntityCatalog.defaults().size()
            + " organisations. A network declares others in its 'entities'; see docs/entities.md.\n");
  }

  @Test
  void entitiesInJsonGiveEachCodeKindNamesAndAliases() {
    JsonNode root = GcmJson.defaults().mapper().readTree(Run.gcm("entities", "--format", "json").out());
    JsonNode entities = root.get("entities");
    assertThat(entities.size()).isEqualTo(EntityCatalog.defaults().size());
    JsonNode rco = java.util.stream.StreamSupport.stream(entities.spliterator(), false)
        .filter(e -> e.get("code").asString().equals("RCO")).findFirst().orElseThrow();
    assertThat(rco.get("kind").asString()).isEqualTo("un-coordination");
    assertThat(rco.get("name").get("fr").asString()).isEqualTo("Bureau du Coordonnateur résident");
    assertThat(rco.get("aliases").toString()).contains("\"UNRCO\"", "\"BCR\"");
    assertThat(Run.gcm("entities", "--format", "yaml").exitCode()).isEqualTo(2);
  }

  @Test
  void formatRewritesADocumentInCanonicalForm() throws IOException {
    String canonical = Datasets.text("sn");
    String compact = GcmJson.with(GcmOptions.defaults().withPrettyPrint(false)).write(Datasets.read("sn"));
    Path file = Files.writeString(dir.resolve("sn.json"), compact);
    assertThat(Run.gcm("format", "--check", file.toString()).exitCode()).isEqualTo(1);
    assertThat(Run.gcm("format", "--stdout", file.toString()).out()).isEqualTo(canonical);
    assertThat(Files.readString(file)).isEqualTo(compact);
    Run run = Run.gcm("format", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(file)).isEqualTo(canonical);
    assertThat(Run.gcm("format", "--check", file.toString()).exitCode()).isZero();
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void formatKeepsTheFilesPermissions() throws IOException {
    String compact = GcmJson.with(GcmOptions.defaults().withPrettyPrint(false)).write(Datasets.read("sn"));
    Path file = Files.writeString(dir.resolve("sn.json"), compact);
    Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
    Files.setPosixFilePermissions(file, shared);
    assertThat(Run.gcm("format", file.toString()).exitCode()).isZero();
    assertThat(Files.readString(file)).isEqualTo(Datasets.text("sn"));
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(shared);
  }

  @Test
  void formatRefusesToDropTheCommentsOfAYamlFileWithoutForce() throws IOException {
    String commented = "# Kept by the secretariat: ask Amina before changing the chairs.\n"
        + "gcmFormat: '1.0'\nkind: charter\n"
        + "title: \"Mandat # 2\"   # provisional title\n";
    Path file = Files.writeString(dir.resolve("tor.yaml"), commented);
    Run refused = Run.gcm("format", file.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains(file + " holds 2 comments (the first on line 1), which the canonical form cannot keep",
        "--force");
    assertThat(Files.readString(file)).isEqualTo(commented);
    assertThat(Run.gcm("format", "--check", file.toString()).exitCode()).isEqualTo(1);
    Run forced = Run.gcm("format", "--force", file.toString());
    assertThat(forced.exitCode()).isZero();
    assertThat(Files.readString(file)).doesNotContain("Amina").contains("Mandat # 2");
    assertThat(Run.gcm("format", "--check", file.toString()).exitCode()).isZero();
    assertThat(Files.list(dir)).containsExactly(file);
  }

  @Test
  void formatRewritesAYamlFileWithoutCommentsAndAHashInAString() throws IOException {
    Path file = Files.writeString(dir.resolve("plain.yaml"), "kind: charter\ngcmFormat: '1.0'\ntitle: 'Mandat # 2'\n");
    assertThat(Run.gcm("format", file.toString()).exitCode()).isZero();
    assertThat(Files.readString(file)).startsWith("gcmFormat:").contains("Mandat # 2");
  }

  @Test
  void formatLeavesADocumentWithProblemsUntouched() throws IOException {
    String bad = "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", \"approvedBy\": \"UNCT\"}";
    Path file = Files.writeString(dir.resolve("bad.json"), bad);
    Run run = Run.gcm("format", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(file + ":1:41: /approvedBy: unknown field 'approvedBy'\n");
    assertThat(Files.readString(file)).isEqualTo(bad);
  }

  @Test
  void theGeneratedFederationIsReadStrictlyAndChecked() throws IOException {
    Path file = Files.writeString(dir.resolve("federation.json"), Run.gcm("generate", "--networks", "5").out());
    Run strict = Run.gcm("check", file.toString());
    assertThat(strict.exitCode()).as(strict.err()).isIn(0, 1);
    assertThat(strict.out()).contains("5 networks");
  }

  @Test
  void generateWritesTheTestkitFederationOfTheSeed() {
    Run run = Run.gcm("generate", "--networks", "3", "--seed", "7");
    assertThat(run.exitCode()).isZero();
    Federation federation =
        GcmJson.with(GcmOptions.defaults().withLenient(true)).read(run.out(), Federation.class);
    assertThat(federation).isEqualTo(ModelGenerators.defaults().fullFederation(3).sample(7));
    // Written network by network, the bytes of the whole federation written at once.
    assertThat(Run.gcm("generate", "--networks", "45", "--seed", "7").out())
        .isEqualTo(GcmJson.defaults().write(ModelGenerators.defaults().fullFederation(45).sample(7)));
    assertThat(Run.gcm("generate", "--networks", "3", "--seed", "7").out()).isEqualTo(run.out());
    Run none = Run.gcm("generate", "--networks", "0");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).isEqualTo("gcm generate: --networks must be at least 1, not 0\n");
  }
}
