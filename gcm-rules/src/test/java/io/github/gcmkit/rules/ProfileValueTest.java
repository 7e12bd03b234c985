package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.JsonPointer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link Profile} and {@link ProfileProblem} are Immutables values like the model's: equal by
 * content, with a hash code that agrees, and refusing null when built.
 */
class ProfileValueTest {

  private static final ImmutableList<Rule> RULES = RuleCatalog.builtIn().rules();

  /** A profile of some built-in rules, each with a severity chosen by its index. */
  private static Profile profile(String name, List<Integer> picks) {
    Profile.Builder builder = Profile.builder(name);
    for (int pick : picks) {
      Rule rule = RULES.get(pick % RULES.size());
      builder.include(rule.id()).severity(rule.id(), Severity.values()[pick % Severity.values().length]);
    }
    return builder.build();
  }

  @Test
  void profilesAreEqualExactlyWhenTheirSettingsAre() {
    Gen<List<Integer>> picks = lists().of(integers().between(0, 1_000)).ofSizeBetween(0, 6);
    qt().forAll(picks, picks).checkAssert((some, other) -> {
      Profile one = profile("p", some);
      Profile same = profile("p", some);
      assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
      assertThat(profile("q", some)).isNotEqualTo(one);
      assertThat(profile("p", other).equals(one))
          .isEqualTo(one.includes().equals(profile("p", other).includes())
              && one.severities().equals(profile("p", other).severities()));
      assertThat(Profile.builder("e").extend(one).build()).isNotEqualTo(profile("e", some));
    });
  }

  @Test
  void theBaselineIsEqualToAProfileOfTheSameSettings() {
    Profile copy = Profile.builder("baseline").from(Profile.baseline()).build();
    assertThat(copy).isEqualTo(Profile.baseline()).hasSameHashCodeAs(Profile.baseline());
  }

  @Test
  void problemsAreEqualExactlyWhenTheirPartsAre() {
    qt().forAll(integers().between(0, 20)).checkAssert(i -> {
      JsonPointer at = JsonPointer.root().member("include").item(i);
      ProfileProblem one = ProfileProblem.of(at, ProfileProblem.Part.SELECTOR, "profile.selector.no-match",
          List.of("include", "x" + i));
      ProfileProblem same = ProfileProblem.of(at, ProfileProblem.Part.SELECTOR, "profile.selector.no-match",
          List.of("include", "x" + i));
      assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
      assertThat(one).isNotEqualTo(ProfileProblem.of(at, ProfileProblem.Part.RULE, one.key(), one.arguments()));
      assertThat(one.toString()).startsWith("/include/" + i + ": ");
    });
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose, to see it refused
  void buildersAndFactoriesRefuseNull() {
    assertThatNullPointerException().isThrownBy(() -> Profile.builder(null));
    assertThatNullPointerException().isThrownBy(() -> Profile.builder("p").extend(null));
    assertThatNullPointerException()
        .isThrownBy(() -> ProfileProblem.of(null, ProfileProblem.Part.RULE, "k", List.of()));
    assertThatNullPointerException()
        .isThrownBy(() -> ProfileProblem.of(JsonPointer.root(), ProfileProblem.Part.RULE, null, List.of()));
    assertThatNullPointerException()
        .isThrownBy(() -> ProfileProblem.of(JsonPointer.root(), ProfileProblem.Part.RULE, "k",
            java.util.Arrays.asList("a", null)));
  }
}
