package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.charter.Charter;
import org.junit.jupiter.api.Test;

/**
 * Rule packs found through {@link java.util.ServiceLoader} on the class path, where a consumer's
 * pack usually is. Runs outside the named module (see the pom).
 */
class RulePackClassPathTest {

  @Test
  void installedRulesIncludeThePacksOnThePath() {
    RuleCatalog installed = RuleCatalog.installed();
    assertThat(installed.size()).isEqualTo(RuleCatalog.builtIn().size() + 1);
    assertThat(installed.rule("acme.charter.title")).isPresent();
  }

  @Test
  void aProfileNamesAPacksRulesLikeBuiltInOnes() {
    Profile profile = Profile.builder("acme").include("charter.mission.*", "acme.*").build();
    Report report = Validator.of(profile).validate(Charter.builder().build());
    assertThat(report.rulesFailed())
        .containsExactly("acme.charter.title", "charter.mission.required");
  }
}
