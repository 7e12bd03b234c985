package io.github.gcmkit.testkit;

import static io.github.gcmkit.testkit.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.PriorityKind;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.Workstream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The model's invariants reject exactly the malformed values, with a message naming the field. */
class InvariantProperties {

  private static final ModelGenerators GEN = ModelGenerators.defaults();

  @Test
  void periodsAreBuiltExactlyWhenTheyAreOrdered() {
    qt().forAll(gen(GEN.yearMonth()), gen(GEN.yearMonth()))
        .checkAssert(
            (from, to) -> {
              if (to.isBefore(from)) {
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> Period.of(from, to))
                    .withMessage("to: %s is before from %s", to, from);
              } else {
                assertThat(Period.of(from, to).months()).isPositive();
              }
            });
  }

  @Test
  void objectiveNumbersAreOneToTwentyThree() {
    qt().forAll(integers().between(-50, 50))
        .checkAssert(
            n -> {
              if (n >= 1 && n <= 23) {
                assertThat(GcmObjective.ofNumber(n).number()).isEqualTo(n);
              } else {
                assertThatIllegalArgumentException().isThrownBy(() -> GcmObjective.ofNumber(n));
              }
            });
  }

  @Test
  void siblingActivitiesNeedDistinctIds() {
    qt().forAll(lists().of(integers().between(1, 4)).ofSizeBetween(0, 5))
        .checkAssert(
            ids -> {
              List<Activity> subs =
                  ids.stream()
                      .map(i -> Activity.of(Integer.toString(i), LocalizedText.en("Sub-activity")))
                      .collect(Collectors.toList());
              Activity.Builder parent =
                  Activity.builder().id("1").text(LocalizedText.en("Activity")).addAllSubActivities(subs);
              if (new HashSet<>(ids).size() == ids.size()) {
                assertThat(parent.build().subActivities()).hasSize(ids.size());
              } else {
                assertThatIllegalArgumentException()
                    .isThrownBy(parent::build)
                    .withMessageStartingWith("subActivities[")
                    .withMessageEndingWith("is used twice");
              }
            });
  }

  @Test
  void aWorkstreamIdIsUniqueAcrossTheWholeWorkplan() {
    qt().withExamples(200)
        .forAll(gen(GEN.workplan()))
        .checkAssert(
            workplan -> {
              Optional<Workstream> existing = workplan.workstreams().findFirst();
              int next = workplan.priorities().size() + 1;
              Workstream fresh = Workstream.builder().id("new-" + next).build();
              Workstream copy = existing.orElse(fresh);
              Workplan.Builder withCopy = Workplan.builder().from(workplan).addPriority(priority(next, copy));
              if (existing.isPresent()) {
                assertThatIllegalArgumentException()
                    .isThrownBy(withCopy::build)
                    .withMessageContaining(".workstreams[0].id: '" + copy.id() + "' is used twice");
              } else {
                assertThatCode(withCopy::build).doesNotThrowAnyException();
              }
            });
  }

  @Test
  void onlyNationalNetworksNeedACountry() {
    qt().forAll(gen(GEN.network()))
        .checkAssert(
            network -> {
              Network.Builder without = Network.builder().from(network).country(Optional.empty());
              if (network.level() == NetworkLevel.NATIONAL) {
                assertThatIllegalArgumentException()
                    .isThrownBy(without::build)
                    .withMessage("country: national network '%s' has no country", network.id());
              } else {
                assertThat(without.build().country()).isEmpty();
              }
            });
  }

  @Test
  void entityCodesAreUpperCaseLettersDigitsAndSingleHyphens() {
    Pattern code = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");
    qt().forAll(strings().betweenCodePoints(32, 127).ofLengthBetween(0, 6))
        .checkAssert(
            s -> {
              if (code.matcher(s).matches()) {
                assertThat(EntityId.of(s).code()).isEqualTo(s.toUpperCase(Locale.ROOT));
              } else {
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> EntityId.of(s))
                    .withMessageStartingWith("code: ");
              }
            });
  }

  @Test
  void textIsNeverBlank() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 3))
        .checkAssert(
            s -> {
              if (s.isBlank()) {
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> LocalizedText.en(s))
                    .withMessage("texts[en]: the text is blank");
              } else {
                assertThat(LocalizedText.en(s).text()).isEqualTo(s);
              }
            });
  }

  private static Priority priority(int number, Workstream workstream) {
    return Priority.builder()
        .kind(PriorityKind.CORE)
        .number(number)
        .title(LocalizedText.en("Added priority"))
        .addWorkstream(workstream)
        .build();
  }
}
