package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.rules.ConfiguredRule;
import io.github.gcmkit.rules.Parameter;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleCatalog;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading rule profiles from JSON and YAML, and writing them back. */
class GcmProfilesTest {

  private static final GcmProfiles PROFILES = GcmProfiles.with(RuleCatalog.builtIn());

  @Test
  void aProfileExtendsTheBaselineAndTailorsIt() {
    Profile strict = PROFILES.readJson(Documents.text("profiles/strict.json"));
    assertThat(strict.name()).isEqualTo("strict");
    Map<String, ConfiguredRule> rules = byId(strict);
    assertThat(rules.keySet())
        .containsExactlyInAnyOrderElementsOf(
            RuleCatalog.builtIn().rules().stream()
                .map(Rule::id)
                .filter(id -> !id.equals("workplan.workstream.participants"))
                .toList());
    assertThat(rule(rules, "charter.meetings.frequency").severity()).isEqualTo(Severity.ERROR);
    assertThat(rule(rules, "charter.meetings.frequency").parameters()).containsEntry("maxIntervalMonths", 2);
    assertThat(rule(rules, "charter.cochairs.coordinator-seat").parameters())
        .containsEntry("coordinator", EntityId.of("IOM"));
    assertThat(rule(rules, "workplan.gcm-linkage").severity()).isEqualTo(Severity.WARNING);
    assertThat(rule(rules, "charter.mission.required").severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void aYamlProfileSelectsByPrefix() {
    Profile charters = PROFILES.readYaml(Documents.text("profiles/charters.yaml"));
    Map<String, ConfiguredRule> rules = byId(charters);
    assertThat(rules.keySet())
        .allMatch(id -> id.startsWith("charter."))
        .containsExactlyInAnyOrderElementsOf(
            RuleCatalog.builtIn().select("charter.*").stream()
                .map(Rule::id)
                .filter(id -> !id.equals("charter.working-groups.open-chair"))
                .toList());
    assertThat(rule(rules, "charter.human-rights").severity()).isEqualTo(Severity.ERROR);
    assertThat(rule(rules, "charter.stakeholders.whole-of-society").parameters()).containsEntry("minCategories", 4);
  }

  @Test
  void theFileNameChoosesTheSyntax(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("charters.yml");
    Files.writeString(yaml, Documents.text("profiles/charters.yaml"));
    Path json = dir.resolve("strict.profile");
    Files.writeString(json, Documents.text("profiles/strict.json"));
    assertThat(PROFILES.read(yaml).name()).isEqualTo("charters");
    assertThat(PROFILES.read(json).name()).isEqualTo("strict");
  }

  @Test
  void problemsInAFileNameTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("typo.yaml");
    Files.writeString(file, "gcmProfile: '1.0'\nname: typo\ninclude: [charter.mision.required]\n");
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class, () -> PROFILES.read(file));
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).hasToString("/include/0");
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.message()).isEqualTo(
          "include 'charter.mision.required' matches no rule; did you mean 'charter.mission.required'?");
    });
    assertThat(e.getMessage()).startsWith("1 problem in " + file);
  }

  @Test
  void writingAndReadingBackResolvesToTheSameRules() {
    for (Profile profile : List.of(
        Profile.baseline(),
        PROFILES.readJson(Documents.text("profiles/strict.json")),
        PROFILES.readYaml(Documents.text("profiles/charters.yaml")))) {
      String json = PROFILES.write(profile);
      Profile back = PROFILES.readJson(json);
      assertThat(back.name()).isEqualTo(profile.name());
      assertThat(back.resolve(RuleCatalog.builtIn())).isEqualTo(profile.resolve(RuleCatalog.builtIn()));
      assertThat(PROFILES.write(back)).isEqualTo(json);
    }
  }

  @Test
  void aProfileThatExtendsBaselineIsWrittenAsExtendingItWithOnlyWhatItAdds() {
    Profile strict = PROFILES.readJson(Documents.text("profiles/strict.json"));
    assertThat(strict.extended()).contains(Profile.baseline());
    assertThat(JsonLeaves.of(PROFILES.write(strict))).isEqualTo(JsonLeaves.of(Documents.text("profiles/strict.json")));
    Profile more = Profile.builder("more")
        .extend(Profile.baseline())
        .include("charter.*")
        .parameter("charter.meetings.frequency", "maxIntervalMonths", 2)
        .build();
    assertThat(PROFILES.write(more)).isEqualTo("{\n"
        + "  \"gcmProfile\": \"1.0\",\n"
        + "  \"name\": \"more\",\n"
        + "  \"extends\": \"baseline\",\n"
        + "  \"include\": [\n"
        + "    \"charter.*\"\n"
        + "  ],\n"
        + "  \"parameters\": {\n"
        + "    \"charter.meetings.frequency\": {\n"
        + "      \"maxIntervalMonths\": 2\n"
        + "    }\n"
        + "  }\n"
        + "}\n");
    assertThat(PROFILES.readJson(PROFILES.write(more))).isEqualTo(more);
    Profile custom = Profile.builder("custom").extend(more).exclude("charter.human-rights").build();
    assertThat(PROFILES.write(custom)).doesNotContain("extends").contains("\"charter.human-rights\"");
    assertThat(PROFILES.readJson(PROFILES.write(custom)).resolve(RuleCatalog.builtIn()))
        .isEqualTo(custom.resolve(RuleCatalog.builtIn()));
  }

  @Test
  void aWrittenProfileIsValidAgainstItsSchema() {
    Schema schema = new Schema(GcmSchema.profileText());
    assertThat(schema.errors(PROFILES.write(Profile.baseline()))).isEmpty();
    assertThat(schema.errors(Documents.text("profiles/strict.json"))).isEmpty();
    assertThat(schema.errors(Documents.text("invalid-profiles/unknown-field.json"))).isNotEmpty();
    assertThat(schema.errors(Documents.text("invalid-profiles/selects-nothing.json"))).isNotEmpty();
    assertThat(schema.errors(Documents.text("invalid-profiles/bad-severity.json"))).isNotEmpty();
  }

  @Test
  void customRulesAreNamedLikeBuiltInOnes() {
    Rule titled =
        Rule.builder("acme.charter.title")
            .title("The charter has a title")
            .rationale("Our platform lists charters by title.")
            .severity(Severity.WARNING)
            .parameter(Parameter.integer("minLength", 3, 1, LocalizedText.en("The shortest title.")))
            .check(Target.CHARTER, (charter, context) -> {})
            .build();
    GcmProfiles profiles = GcmProfiles.with(RuleCatalog.builtIn().plus(List.of(titled)));
    Profile acme = profiles.readJson(
        "{\"gcmProfile\": \"1.0\", \"name\": \"acme\", \"extends\": \"baseline\", \"include\": [\"acme.*\"],"
            + " \"parameters\": {\"acme.charter.title\": {\"minLength\": 10}}}");
    assertThat(rule(byId(acme, profiles.catalog()), "acme.charter.title").parameters())
        .containsEntry("minLength", 10);
    assertThat(catchThrowableOfType(GcmFormatException.class, () -> PROFILES.readJson(
        "{\"gcmProfile\": \"1.0\", \"name\": \"acme\", \"include\": [\"acme.*\"]}")).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("include 'acme.*' matches no rule"));
  }

  private static ConfiguredRule rule(Map<String, ConfiguredRule> rules, String id) {
    ConfiguredRule rule = rules.get(id);
    assertThat(rule).as("rule %s", id).isNotNull();
    return java.util.Objects.requireNonNull(rule);
  }

  private static Map<String, ConfiguredRule> byId(Profile profile) {
    return byId(profile, RuleCatalog.builtIn());
  }

  private static Map<String, ConfiguredRule> byId(Profile profile, RuleCatalog catalog) {
    return profile.resolve(catalog).stream().collect(Collectors.toMap(ConfiguredRule::id, r -> r));
  }
}
