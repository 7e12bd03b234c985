package io.github.gcmkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.Workplan;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 43, 130})
  void theStreamedNetworksAreTheFederationsOfTheSameSeed(int size) {
    assertThat(ModelGenerators.defaults().fullFederationNetworks(size, 9))
        .containsExactlyElementsOf(ModelGenerators.defaults().fullFederation(size).sample(9).networks());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ModelGenerators.defaults().fullFederationNetworks(0, 9))
        .withMessage("networks: 0 is not at least 1");
  }

  @Test
  void namesOnlyOrganisationsOfTheDefaultCatalogue() {
    Federation federation = ModelGenerators.defaults().fullFederation(120).sample(3);

    List<EntityId> named = new ArrayList<>();
    collect(federation, named);

    assertThat(named).hasSizeGreaterThan(1000);
    assertThat(named).allSatisfy(id -> assertThat(EntityCatalog.defaults().resolve(id.code())).isPresent());
  }

  @Test
  void regionalNetworksCoverTheCountriesOfTheirNationalNetworks() {
    Federation federation = ModelGenerators.defaults().fullFederation(300).sample(5);

    for (Network network : federation.networks()) {
      if (network.level() == NetworkLevel.NATIONAL) {
        Network region = federation.network(network.reportsTo().orElseThrow()).orElseThrow();
        assertThat(region.coveredCountries()).contains(network.country().orElseThrow());
      }
    }
  }

  @Test
  void activitiesReferToEventsOfTheirOwnNetwork() {
    Federation federation = ModelGenerators.defaults().fullFederation(60).sample(11);

    int references = 0;
    for (Network network : federation.networks()) {
      Set<String> held = network.events().stream().map(Event::id).collect(Collectors.toSet());
      List<String> referred = new ArrayList<>();
      network.workplans().forEach(w -> w.workstreams().forEach(s -> s.activities().forEach(a -> eventsOf(a, referred))));
      assertThat(held).containsAll(referred);
      references += referred.size();
    }
    assertThat(federation.networks()).anySatisfy(n -> assertThat(n.events()).isNotEmpty());
    assertThat(references).isPositive();
  }

  @Test
  void aFederationHasAtLeastOneNetwork() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ModelGenerators.defaults().fullFederation(0))
        .withMessage("networks: 0 is not at least 1");
  }

  private static void eventsOf(Activity activity, List<String> referred) {
    referred.addAll(activity.events());
    activity.subActivities().forEach(a -> eventsOf(a, referred));
  }

  /** Every entity code reachable from {@code value} through the model's attributes. */
  private static void collect(Object value, List<EntityId> found) {
    if (value instanceof EntityId id) {
      found.add(id);
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> collect(v, found));
    } else if (value instanceof Iterable<?> items) {
      items.forEach(v -> collect(v, found));
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> collect(v, found));
    } else if (!(value instanceof Enum<?>) && value.getClass().getPackageName().startsWith("io.github.gcmkit.model")) {
      for (Method attribute : publicType(value.getClass()).getMethods()) {
        if (Modifier.isAbstract(attribute.getModifiers()) && attribute.getParameterCount() == 0) {
          try {
            collect(attribute.invoke(value), found);
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(attribute.getName(), e);
          }
        }
      }
    }
  }

  private static Class<?> publicType(Class<?> type) {
    Class<?> c = type;
    while (!Modifier.isPublic(c.getModifiers())) {
      c = c.getSuperclass();
    }
    return c;
  }

  private static void isFull(Workplan workplan) {
    assertThat(workplan.period()).isPresent();
    assertThat(workplan.priorities()).hasSizeBetween(5, 12);
    workplan.priorities().forEach(p -> assertThat(p.workstreams()).hasSizeBetween(1, 4));
    assertThat(workplan.workstreams()).allSatisfy(w -> assertThat(w.activities()).hasSizeBetween(2, 5));
  }
}
