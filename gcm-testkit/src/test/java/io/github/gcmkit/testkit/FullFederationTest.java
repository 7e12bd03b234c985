package io.github.gcmkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import io.github.gcmkit.model.workplan.Workplan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Full-sized federations for benchmarks: exact size, complete networks, deterministic. */
class FullFederationTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 10, 100, 450})
  void hasExactlyTheNetworksAskedFor(int size) {
    Federation federation = ModelGenerators.defaults().fullFederation(size).sample(42);

    assertThat(federation.networks()).hasSize(size);
    for (Network network : federation.networks()) {
      assertThat(network.charter()).isPresent();
      assertThat(network.workplans()).singleElement().satisfies(FullFederationTest::isFull);
      if (network.level() == NetworkLevel.NATIONAL) {
        assertThat(federation.ancestors(network.id())).extracting(Network::level)
            .containsExactly(NetworkLevel.REGIONAL, NetworkLevel.GLOBAL);
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameFederation() {
    Generator<Federation> generator = ModelGenerators.defaults().fullFederation(30);
    assertThat(generator.sample(7)).isEqualTo(generator.sample(7)).isNotEqualTo(generator.sample(8));
  }

  @Test
  void aFederationHasAtLeastOneNetwork() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ModelGenerators.defaults().fullFederation(0))
        .withMessage("networks: 0 is not at least 1");
  }

  private static void isFull(Workplan workplan) {
    assertThat(workplan.period()).isPresent();
    assertThat(workplan.priorities()).hasSizeBetween(5, 12);
    workplan.priorities().forEach(p -> assertThat(p.workstreams()).hasSizeBetween(1, 4));
    assertThat(workplan.workstreams()).allSatisfy(w -> assertThat(w.activities()).hasSizeBetween(2, 5));
  }
}
