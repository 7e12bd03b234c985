package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.LocalizedText;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Selecting and tailoring rules, and the errors a profile that does not fit gives. */
class ProfileTest {

  private static final RuleCatalog BUILT_IN = RuleCatalog.builtIn();

  @Test
  void baselineRunsEveryBuiltInRuleAtItsDefaults() {
    assertThat(Profile.baseline().name()).isEqualTo("baseline");
    assertThat(Profile.baseline().resolve(BUILT_IN))
        .extracting(ConfiguredRule::rule)
        .containsExactlyElementsOf(BUILT_IN.rules());
    assertThat(Profile.baseline().resolve(BUILT_IN))
        .allMatch(r -> r.severity() == r.rule().severity());
  }

  @Test
  void aProfileExtendingAnotherRemembersItAndStartsFromItsSettings() {
    Profile strict = Profile.builder("strict")
        .extend(Profile.baseline())
        .exclude("workplan.workstream.participants")
        .severity("charter.meetings.frequency", Severity.ERROR)
        .build();
    assertThat(strict.extended()).contains(Profile.baseline());
    assertThat(strict.includes()).containsExactlyElementsOf(Profile.baseline().includes());
    assertThat(ids(strict))
        .containsExactlyElementsOf(
            BUILT_IN.rules().stream()
                .map(Rule::id)
                .filter(id -> !id.equals("workplan.workstream.participants"))
                .toList());
    Profile copied = Profile.builder("strict")
        .from(Profile.baseline())
        .exclude("workplan.workstream.participants")
        .severity("charter.meetings.frequency", Severity.ERROR)
        .build();
    assertThat(copied.extended()).isEmpty();
    assertThat(copied.resolve(BUILT_IN)).isEqualTo(strict.resolve(BUILT_IN));
    assertThat(copied).isNotEqualTo(strict);
    assertThat(Profile.baseline().extended()).isEmpty();
  }

  @Test
  void aProfileExtendsOneProfileBeforeAnythingElse() {
    assertThatThrownBy(() -> Profile.builder("twice").extend(Profile.baseline()).extend(Profile.baseline()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the profile already extends 'baseline'");
    assertThatThrownBy(() -> Profile.builder("late").include("charter.*").extend(Profile.baseline()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("extend a profile before adding selectors, severities or parameters");
  }

  @Test
  void selectsByPrefixAndIdAndLeavesOutByPrefix() {
    Profile profile =
        Profile.builder("charters")
            .include("charter.*", "workplan.period.valid")
            .exclude("charter.cochairs.*")
            .build();
    assertThat(ids(profile))
        .containsExactlyElementsOf(
            BUILT_IN.rules().stream()
                .map(Rule::id)
                .filter(id -> id.startsWith("charter.") && !id.startsWith("charter.cochairs.")
                    || id.equals("workplan.period.valid"))
                .toList())
        .contains("charter.mission.required", "workplan.period.valid");
    assertThat(ids(Profile.builder("all").include(Profile.ALL).build()))
        .containsExactlyElementsOf(BUILT_IN.rules().stream().map(Rule::id).toList());
  }

  @Test
  void overridesSeveritiesAndSetsParametersFromValuesOrText() {
    Profile profile =
        Profile.builder("strict")
            .from(Profile.baseline())
            .severity("charter.meetings.frequency", Severity.ERROR)
            .parameter("charter.meetings.frequency", "maxIntervalMonths", "2")
            .parameter("charter.cochairs.coordinator-seat", "coordinator", "oim")
            .build();
    ConfiguredRule meetings = configured(profile, "charter.meetings.frequency");
    assertThat(meetings.severity()).isEqualTo(Severity.ERROR);
    assertThat(meetings.parameters()).containsEntry("maxIntervalMonths", 2);
    assertThat(configured(profile, "charter.cochairs.coordinator-seat").parameters())
        .containsEntry("coordinator", EntityId.of("OIM"));
    assertThat(configured(profile, "charter.cochairs.required").parameters())
        .containsEntry("minSeats", 2);
  }

  @Test
  void everyProblemIsReportedAtOnceAndNothingIsIgnored() {
    Profile profile =
        Profile.builder("careless")
            .include("charter.cochair.required", "charters.*", "charter.meetings.frequency")
            .exclude("workplans.*")
            .severity("charter.mission.required", Severity.INFO)
            .parameter("charter.meetings.frequency", "maxInterval", 2)
            .parameter("charter.meetings.frequency", "maxIntervalMonths", "often")
            .build();
    ProfileException e = catchThrowableOfType(ProfileException.class, () -> profile.resolve(BUILT_IN));
    assertThat(e.profile()).isEqualTo("careless");
    assertThat(e.problems())
        .extracting(p -> p.message().text("en"))
        .containsExactly(
            "include 'charter.cochair.required' matches no rule; did you mean 'charter.cochairs.required'?",
            "include 'charters.*' matches no rule",
            "exclude 'workplans.*' matches no rule",
            "a severity is set for rule 'charter.mission.required', which the profile does not select",
            "rule 'charter.meetings.frequency' has no parameter 'maxInterval' (its parameters:"
                + " maxIntervalMonths)",
            "rule 'charter.meetings.frequency', parameter 'maxIntervalMonths': 'often' is not a whole"
                + " number");
    assertThat(e).hasMessageStartingWith("profile 'careless' has 6 problems:\n  - include");
  }

  @Test
  void problemsAreDataThatNameTheSettingConcerned() {
    Profile profile =
        Profile.builder("careless")
            .extend(Profile.baseline())
            .include("charters.*")
            .severity("charter.mision.required", Severity.INFO)
            .parameter("charter.meetings.frequency", "maxIntervalMonths", 0)
            .parameter("charter.meetings.frequency", "every", 2)
            .build();
    int inherited = Profile.baseline().includes().size();

    assertThat(profile.check(BUILT_IN))
        .extracting(p -> p.pointer().toString(), ProfileProblem::part, ProfileProblem::key)
        .containsExactly(
            tuple("/include/" + inherited, ProfileProblem.Part.SELECTOR, "profile.selector.no-match"),
            tuple("/severities/charter.mision.required", ProfileProblem.Part.RULE,
                "profile.severity.unknown-rule.did-you-mean"),
            tuple("/parameters/charter.meetings.frequency/maxIntervalMonths", ProfileProblem.Part.VALUE,
                "profile.parameter.invalid"),
            tuple("/parameters/charter.meetings.frequency/every", ProfileProblem.Part.PARAMETER,
                "profile.parameter.unknown"));
    assertThat(profile.check(BUILT_IN).get(1).message().text("fr"))
        .isEqualTo("une gravité est fixée pour la règle inconnue 'charter.mision.required' ;"
            + " vouliez-vous dire 'charter.mission.required' ?");
    assertThat(profile.check(BUILT_IN).get(1))
        .hasToString("/severities/charter.mision.required: a severity is set for the unknown rule"
            + " 'charter.mision.required'; did you mean 'charter.mission.required'?");
  }

  @Test
  void aProfileThatFitsHasNoProblemsAndResolvesOnceForTheSameRules() {
    Profile profile = Profile.builder("p").include("charter.*").build();

    assertThat(profile.check(BUILT_IN)).isEmpty();
    assertThat(profile.resolve(BUILT_IN)).isSameAs(profile.resolve(RuleCatalog.of(BUILT_IN.rules())));
    RuleCatalog fewer = RuleCatalog.of(BUILT_IN.rules().subList(0, 1));
    assertThat(profile.resolve(fewer)).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void anEmptySetOfParametersStillNamesAKnownRule() {
    Profile profile = Profile.builder("p").include("charter.*").parameters("charter.mision.required").build();

    assertThat(profile.check(BUILT_IN))
        .singleElement()
        .satisfies(p -> assertThat(p.pointer()).hasToString("/parameters/charter.mision.required"));
  }

  @Test
  void excludingWhatWasNotIncludedIsNotAnError() {
    // A selector that matches rules of the catalogue is fine even if they were not included.
    assertThat(ids(Profile.builder("p").include("charter.*").exclude("workplan.*").build()))
        .containsExactlyElementsOf(ids(Profile.builder("c").include("charter.*").build()))
        .isNotEmpty()
        .allMatch(id -> id.startsWith("charter."));
  }

  @Test
  void parametersAreCheckedForRange() {
    Profile zero = Profile.builder("z").include(Profile.ALL).parameter("charter.cochairs.required", "minSeats", 0).build();
    assertThatThrownBy(() -> zero.resolve(BUILT_IN))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("rule 'charter.cochairs.required', parameter 'minSeats': 0 is below the minimum 1");
    ProfileException range = catchThrowableOfType(ProfileException.class, () -> zero.resolve(BUILT_IN));
    assertThat(range.problems()).singleElement().satisfies(p -> assertThat(p.message().text(LocalizedText.FRENCH))
        .isEqualTo("règle 'charter.cochairs.required', paramètre 'minSeats' : 0 est inférieur au minimum 1"));
    Profile unknown = Profile.builder("u").include("workplan.*").parameter("x.y", "a", 1).build();
    assertThatThrownBy(() -> unknown.resolve(BUILT_IN)).hasMessageContaining("parameters are set for the unknown rule 'x.y'");
  }

  @Test
  void malformedSelectorsAreRejectedAtOnce() {
    assertThatThrownBy(() -> Profile.builder("p").include("Charter.*"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("include: 'Charter.*' is not a rule id, a prefix such as 'charter.*', or '*'");
    assertThatThrownBy(() -> Profile.builder(" ")).hasMessage("name: the profile name is blank");
  }

  @Test
  void profilesAreValues() {
    Profile a = Profile.builder("p").include("charter.*").severity("charter.human-rights", Severity.ERROR).build();
    Profile b = Profile.builder("p").from(a).build();
    assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
  }

  private static List<String> ids(Profile profile) {
    return profile.resolve(BUILT_IN).stream().map(ConfiguredRule::id).collect(Collectors.toList());
  }

  private static ConfiguredRule configured(Profile profile, String id) {
    return profile.resolve(BUILT_IN).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }
}
