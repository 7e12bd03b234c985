package io.github.gcmkit.examples;

import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleCatalog;
import io.github.gcmkit.rules.RuleLaws;
import io.github.gcmkit.rules.Validator;
import io.github.gcmkit.testkit.ModelGenerators;
import java.util.List;

/**
 * Example: property tests of a custom rule over gcm-testkit's generated models — first the general
 * laws every rule must obey ({@link RuleLaws}), then a property of the rule itself on generated
 * charters.
 *
 * <pre>{@code
 * java -cp gcm-cli/target/gcm.jar io.github.gcmkit.examples.CustomRuleProperties
 * }</pre>
 *
 * <p>The same lines work inside a JUnit test. There, a property-testing library can drive the
 * generators instead of a seed: with QuickTheories, {@code
 * qt().forAll(QuickTheoriesGenerators.gen(models.charter())).check(...)} also shrinks a failing
 * charter to a small one (see {@code docs/testing.md}).
 */
public final class CustomRuleProperties {

  private CustomRuleProperties() {}

  /** Checks {@link CustomRuleAndProfile#BILINGUAL_MISSION} on generated federations and charters. */
  public static void main(String[] args) {
    Rule rule = CustomRuleAndProfile.BILINGUAL_MISSION;
    ModelGenerators models = ModelGenerators.defaults();

    // 1. Deterministic, independent of input order, unaffected by unrelated networks: on 100 samples.
    List<Federation> samples = models.federation().samples(42).limit(100).toList();
    RuleLaws.check(rule, samples);
    System.out.println(rule.id() + " obeys the rule laws on " + samples.size() + " generated federations");

    // 2. The rule's own property: a charter whose mission has English and French passes it.
    Validator validator = Validator.builder()
        .catalog(RuleCatalog.of(rule))
        .profile(Profile.builder("one").include(rule.id()).build())
        .build();
    List<Charter> failing = models.charter().samples(7).limit(200)
        .filter(charter -> !validator.validate(bilingual(charter)).findings().isEmpty())
        .toList();
    if (!failing.isEmpty()) {
      throw new AssertionError(rule.id() + " fails a bilingual charter: " + failing.get(0));
    }
    System.out.println(rule.id() + " passes every bilingual charter of 200 generated ones");
  }

  /** {@code charter} with its mission, if any, given in both English and French. */
  static Charter bilingual(Charter charter) {
    return charter.mission()
        .map(m -> {
          LocalizedText text = m.text();
          return charter.withMission(m.withText(text
              .withTranslation(LocalizedText.ENGLISH, text.text(LocalizedText.ENGLISH))
              .withTranslation(LocalizedText.FRENCH, text.text(LocalizedText.FRENCH))));
        })
        .orElse(charter);
  }
}
