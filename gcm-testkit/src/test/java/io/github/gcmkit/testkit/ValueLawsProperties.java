package io.github.gcmkit.testkit;

import static io.github.gcmkit.testkit.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.Governance;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.Workplan;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The laws every value type obeys: equal to itself and to its copy through the builder, with equal
 * hash codes, and generated deterministically from a seed.
 */
class ValueLawsProperties {

  private static final ModelGenerators GEN = ModelGenerators.defaults();

  @TestFactory
  Stream<DynamicTest> builderCopiesAreEqualWithEqualHashCodes() {
    return Stream.of(
        law("LocalizedText", GEN.localizedText(), t -> LocalizedText.builder().from(t).build()),
        law("GcmLinks", GEN.gcmLinks(), l -> GcmLinks.builder().from(l).build()),
        law("StakeholderGroup", GEN.stakeholderGroup(), g -> StakeholderGroup.builder().from(g).build()),
        law("Event", GEN.event(), e -> Event.builder().from(e).build()),
        law("Activity", GEN.activity(), a -> Activity.builder().from(a).build()),
        law("Governance", GEN.governance(), g -> Governance.builder().from(g).build()),
        law("Charter", GEN.charter(), c -> Charter.builder().from(c).build()),
        law("Workplan", GEN.workplan(), w -> Workplan.builder().from(w).build()),
        law("Network", GEN.network(), n -> Network.builder().from(n).build()),
        law("Federation", GEN.federation(), f -> Federation.builder().from(f).build()));
  }

  @TestFactory
  Stream<DynamicTest> theSameSeedGivesEqualValues() {
    return Stream.of(
        seeded("Schedule", GEN.schedule()),
        seeded("Charter", GEN.charter()),
        seeded("Workplan", GEN.workplan()),
        seeded("Federation", GEN.federation()));
  }

  private static <T> DynamicTest law(String name, Generator<T> generator, UnaryOperator<T> copy) {
    return DynamicTest.dynamicTest(
        name,
        () ->
            qt().withExamples(100)
                .forAll(gen(generator))
                .checkAssert(
                    value -> {
                      T copied = copy.apply(value);
                      assertThat(copied).isEqualTo(value);
                      assertThat(copied.hashCode()).isEqualTo(value.hashCode());
                      assertThat(copied.toString()).isEqualTo(value.toString());
                    }));
  }

  private static <T> DynamicTest seeded(String name, Generator<T> generator) {
    return DynamicTest.dynamicTest(
        name,
        () ->
            qt().withExamples(50)
                .forAll(org.quicktheories.generators.SourceDSL.longs().all())
                .checkAssert(seed -> assertThat(generator.sample(seed)).isEqualTo(generator.sample(seed))));
  }
}
