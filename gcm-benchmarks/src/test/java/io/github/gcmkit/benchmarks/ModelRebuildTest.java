package io.github.gcmkit.benchmarks;

import static io.github.gcmkit.testkit.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.testkit.ModelGenerators;
import org.junit.jupiter.api.Test;

/** The floor under reading: the model built again is the model, and is built anew. */
class ModelRebuildTest {

  @Test
  void aFederationBuiltAgainEqualsItselfAndIsMadeOfNewValues() {
    Federation federation = Corpus.federation(3);

    Federation again = (Federation) new ModelRebuild(federation).rebuild();

    assertThat(again).isEqualTo(federation).isNotSameAs(federation);
    for (int i = 0; i < federation.networks().size(); i++) {
      Network network = federation.networks().get(i);
      Network built = again.networks().get(i);
      assertThat(built).isEqualTo(network).isNotSameAs(network);
      assertThat(built.workplans().get(0)).isNotSameAs(network.workplans().get(0));
      assertThat(built.charter().orElseThrow()).isNotSameAs(network.charter().orElseThrow());
    }
  }

  @Test
  void aValueHeldTwiceIsBuiltOnce() {
    // The twin network holds the very charter and workplans of the first: only the twin is new.
    Federation federation = Corpus.federation(3);
    Network first = federation.networks().get(0);
    Network sameParts = Network.builder().from(first).id(first.id() + "-twin").build();
    Federation twice = Federation.builder().from(federation).addNetworks(sameParts).build();

    int values = new ModelRebuild(federation).values();

    assertThat(new ModelRebuild(twice).values()).isEqualTo(values + 1);
  }

  @Test
  void everyGeneratedNetworkIsBuiltAgainEqual() {
    qt().withExamples(40).forAll(gen(ModelGenerators.defaults().network())).checkAssert(network ->
        assertThat(new ModelRebuild(network).rebuild()).isEqualTo(network));
  }
}
