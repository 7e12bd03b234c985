package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.charter.Charter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rule packs found through {@link java.util.ServiceLoader} on the class path, where a consumer's
 * pack usually is: the test pack is declared in {@code META-INF/services}, which ServiceLoader
 * reads on the class path only, never in a named module. Tagged {@code class-path}, which the pom
 * runs in an execution of its own on the class path, and leaves out of the one in the module.
 */
@Tag("class-path")
class RulePackClassPathTest {

  @BeforeEach
  void runsOnTheClassPath() {
    assertThat(RulePackClassPathTest.class.getModule().isNamed())
        .as("this test runs on the class path, where ServiceLoader reads META-INF/services; run it as the pom's"
            + " class-path execution does (tagged class-path), not inside the named module")
        .isFalse();
  }

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
