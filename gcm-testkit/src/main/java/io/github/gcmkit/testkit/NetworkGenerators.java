package io.github.gcmkit.testkit;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Generators of networks and of federations of global, regional and national networks. */
final class NetworkGenerators {

  /** Countries of West and Central Africa, where the source documents come from. */
  static final ImmutableList<String> COUNTRIES =
      ImmutableList.of(
          "SN", "CM", "NE", "ML", "BF", "CI", "GH", "NG", "TD", "GM", "GN", "GW", "SL", "LR",
          "TG", "BJ", "MR", "CV", "CF", "CG", "GA", "GQ", "ST", "CD");

  /** The network's own facts that statements speak of. */
  private static final ImmutableList<String> NETWORK_PATHS =
      ImmutableList.of("/reportsTo", "/members", "/coveredCountries", "/established");

  private final CommonGenerators common;
  private final CharterGenerators charters;
  private final WorkplanGenerators workplans;

  NetworkGenerators(
      CommonGenerators common, CharterGenerators charters, WorkplanGenerators workplans) {
    this.common = common;
    this.charters = charters;
    this.workplans = workplans;
  }

  Generator<Network> network() {
    return source -> {
      NetworkLevel level = Generator.enumValues(NetworkLevel.class).next(source);
      return switch (level) {
        case GLOBAL -> network("global", level, Optional.empty(), Optional.empty()).next(source);
        case REGIONAL -> network("r1", level, Optional.of("global"), Optional.empty()).next(source);
        case NATIONAL -> {
          String country = source.pick(COUNTRIES);
          yield network(
                  country.toLowerCase(Locale.ROOT), level, Optional.of("r1"), Optional.of(country))
              .next(source);
        }
      };
    };
  }

  /** A network with the given id, level, parent and country. */
  Generator<Network> network(
      String id, NetworkLevel level, Optional<String> reportsTo, Optional<String> country) {
    return source -> {
      Network.Builder network =
          Network.builder()
              .id(id)
              .level(level)
              .name(common.name().next(source))
              .shortName(common.name().optional().next(source))
              .country(country)
              .reportsTo(reportsTo)
              .established(common.partialDate().optional().next(source))
              .addAllMembers(common.list(0, common.membership()).next(source))
              .charter(charters.charter().optional().next(source))
              .addAllEvents(common.indexed(0, 2, common::event).next(source))
              .addAllEntities(common.localEntities().next(source))
              .addAllSources(common.indexed(0, 2, common::source).next(source))
              .sourcing(common.sourcing(NETWORK_PATHS).next(source));
      if (level == NetworkLevel.REGIONAL) {
        network.addAllCoveredCountries(Generator.oneOf(COUNTRIES).list(0, 4).next(source));
      }
      int plans = source.between(0, 2);
      for (int i = 1; i <= plans; i++) {
        network.addWorkplan(workplans.workplan("wp" + i).next(source));
      }
      return network.build();
    };
  }

  /**
   * A federation shaped like the UN's: one global network, regional networks reporting to it, and
   * national networks reporting to a regional one, each for a different country.
   */
  Generator<Federation> federation() {
    return source -> {
      int size = source.between(1, common.sizes.maxNetworks());
      Federation.Builder federation = Federation.builder();
      federation.addNetwork(
          network("global", NetworkLevel.GLOBAL, Optional.empty(), Optional.empty()).next(source));
      int regions = size == 1 ? 0 : source.between(1, Math.max(1, (size - 1) / 3));
      for (int r = 1; r <= regions; r++) {
        federation.addNetwork(
            network("r" + r, NetworkLevel.REGIONAL, Optional.of("global"), Optional.empty())
                .next(source));
      }
      List<String> countries = new ArrayList<>(COUNTRIES);
      for (int n = 1 + regions; n < size && !countries.isEmpty(); n++) {
        String country = countries.remove(source.between(0, countries.size() - 1));
        String parent = "r" + source.between(1, regions);
        federation.addNetwork(
            network(
                    country.toLowerCase(Locale.ROOT),
                    NetworkLevel.NATIONAL,
                    Optional.of(parent),
                    Optional.of(country))
                .next(source));
      }
      return federation.addAllEvents(common.indexed(0, 1, i -> common.event(100 + i)).next(source))
          .build();
    };
  }
}
