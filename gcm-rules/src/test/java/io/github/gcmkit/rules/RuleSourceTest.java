package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Where rules come from: structured sources, normative levels, versions, the catalogue's version. */
class RuleSourceTest {

  private static Rule rule(String id) {
    return RuleCatalog.builtIn().rule(id).orElseThrow();
  }

  @Test
  void everyBuiltInRuleHasALevelAVersionAndAtLeastOneSource() {
    for (Rule rule : RuleCatalog.builtIn().rules()) {
      assertThat(rule.level()).as(rule.id() + " has no entry in gcm-rules' builtin/sources.properties").isPresent();
      assertThat(rule.since()).as(rule.id()).isPresent();
      assertThat(rule.sources()).as(rule.id()).isNotEmpty();
    }
  }

  @Test
  void theSourcesFileNamesOnlyRulesOfTheCatalogueAndDocumentsItDefines() throws java.io.IOException {
    java.util.Properties table = new java.util.Properties();
    try (java.io.InputStream in =
        RuleSourceTest.class.getResourceAsStream("/io/github/gcmkit/rules/builtin/sources.properties")) {
      table.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    for (String key : table.stringPropertyNames()) {
      if (key.startsWith("document.")) {
        continue;
      }
      String id = key.replaceFirst("\\.(level|generalised|since|source\\..*)$", "");
      assertThat(RuleCatalog.builtIn().rule(id)).as(key).isPresent();
      if (key.matches(".*\\.source\\.[0-9]+")) {
        assertThat(table.getProperty("document." + table.getProperty(key))).as(key).isNotNull();
      }
    }
  }

  @Test
  void theCoordinatorSeatQuotesTheGcmInEnglishAndTheSenegalTorInFrench() {
    Rule rule = rule("charter.cochairs.coordinator-seat");

    RuleSource gcm = rule.sources().get(0);
    assertThat(gcm.document()).contains("A/RES/73/195");
    assertThat(gcm.locator()).contains("para. 45(a)");
    assertThat(gcm.quote()).contains("IOM will serve as the coordinator and secretariat of the network");
    assertThat(gcm.language()).isEqualTo("en");

    RuleSource senegal = rule.sources().get(1);
    assertThat(senegal.language()).isEqualTo("fr");
    assertThat(senegal.locator()).contains("§ Modalités d'organisation");
    assertThat(senegal.quote().orElseThrow()).contains("Coordonnateur du Réseau des Nations Unies sur les migrations");
    assertThat(rule.level()).contains(NormativeLevel.SHOULD);
    assertThat(rule.generalised()).isTrue();
  }

  @Test
  void aRuleDrawnFromOneNetworksTorSaysItGeneralisesIt() {
    Rule rotation = rule("charter.cochairs.rotation-term");
    assertThat(rotation.generalised()).isTrue();
    assertThat(rotation.sources()).allSatisfy(s -> assertThat(s.document()).contains("Sénégal"));
    assertThat(rule("charter.human-rights").generalised()).isFalse();
  }

  @Test
  void sourcesWithAUrlGiveItAbsolute() {
    Map<String, URI> urls =
        RuleCatalog.builtIn().rules().stream()
            .flatMap(r -> r.sources().stream())
            .filter(s -> s.url().isPresent())
            .collect(Collectors.toMap(RuleSource::document, s -> s.url().orElseThrow(), (a, b) -> a));
    assertThat(urls.get("Migration MPTF, fund factsheet (MIG00)"))
        .isEqualTo(URI.create("https://mptf.undp.org/factsheet/fund/MIG00"));
    assertThat(urls.values()).allSatisfy(u -> assertThat(u.isAbsolute()).isTrue());
  }

  @Test
  void theBuiltInCatalogueHasAVersionFilledInByTheBuild() {
    assertThat(RuleCatalog.builtIn().version()).hasValueSatisfying(v -> assertThat(v).doesNotContain("${").isNotBlank());
    assertThat(RuleCatalog.installed().version()).isEqualTo(RuleCatalog.builtIn().version());
  }

  @Test
  void aCatalogueOfOnesOwnHasTheVersionItIsGiven() {
    RuleCatalog mine = RuleCatalog.of(rule("charter.mission.required"));
    assertThat(mine.version()).isEmpty();
    assertThat(mine.withVersion("2.1").version()).contains("2.1");
    assertThat(mine.withVersion("2.1").plus(java.util.List.of(rule("charter.human-rights"))).version()).contains("2.1");
    assertThatThrownBy(() -> mine.withVersion("two one")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCustomRuleMayCiteItsSources() {
    RuleSource guide =
        RuleSource.builder().document("Acme platform guide").locator("§ 2").quote("Every charter has a title.").build();
    Rule rule =
        Rule.builder("acme.charter.title")
            .title("The charter has a title")
            .rationale("Our platform lists charters by title.")
            .source(guide)
            .level(NormativeLevel.MUST)
            .since("1.0")
            .severity(Severity.WARNING)
            .check(Target.CHARTER, (charter, context) -> {})
            .build();
    assertThat(rule.sources()).containsExactly(guide);
    assertThat(rule.level()).contains(NormativeLevel.MUST);
    assertThat(rule.since()).contains("1.0");
    assertThat(rule.generalised()).isFalse();
  }

  @Test
  void aRuleWithoutCitationsHasNone() {
    Rule plain = Rule.of("acme.plain", "Plain", "Why.", Severity.INFO, Target.CHARTER, (c, ctx) -> {});
    assertThat(plain.sources()).isEmpty();
    assertThat(plain.level()).isEmpty();
    assertThat(plain.since()).isEmpty();
  }

  @Test
  void aSourceIsRefusedWhenItsFieldsAreBlankOrMalformed() {
    assertThatThrownBy(() -> RuleSource.of(" ")).hasMessageContaining("document");
    assertThatThrownBy(() -> RuleSource.builder().document("d").quote("").build()).hasMessageContaining("quote");
    assertThatThrownBy(() -> RuleSource.builder().document("d").language("French").build())
        .hasMessageContaining("language");
    assertThatThrownBy(() -> RuleSource.builder().document("d").url(URI.create("mptf.undp.org")).build())
        .hasMessageContaining("url");
    assertThatThrownBy(() -> Rule.builder("a.b").since(" ")).hasMessageContaining("since");
  }

  @Test
  void levelsHaveTheirCodes() {
    assertThat(NormativeLevel.GOOD_PRACTICE.code()).isEqualTo("good-practice");
    assertThat(NormativeLevel.ofCode("must")).contains(NormativeLevel.MUST);
    assertThat(NormativeLevel.ofCode("MUST")).isEmpty();
  }
}
