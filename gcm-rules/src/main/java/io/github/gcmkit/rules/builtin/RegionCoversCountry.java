package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.Optional;

/**
 * {@code federation.region.covers-country}: a national network's country is one of the countries
 * covered by the regional network it reports to. Not evaluated where the regional network lists no
 * countries.
 */
final class RegionCoversCountry implements Check<Federation> {

  static final String ID = "federation.region.covers-country";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.ERROR, Target.FEDERATION, new RegionCoversCountry());
  }

  @Override
  public void check(Federation federation, RuleContext context) {
    for (int i = 0; i < federation.networks().size(); i++) {
      Network network = federation.networks().get(i);
      Optional<Network> region =
          network.reportsTo().flatMap(federation::network).filter(p -> p.level() == NetworkLevel.REGIONAL);
      if (network.level() != NetworkLevel.NATIONAL || network.country().isEmpty() || region.isEmpty()) {
        continue;
      }
      String country = network.country().get();
      if (region.get().coveredCountries().isEmpty()) {
        context.notEvaluated(
            "/networks/" + i + "/reportsTo", BuiltIn.text(ID, "no-coverage", region.get().id()));
      } else if (region.get().coveredCountries().contains(country)) {
        continue;
      } else if (region.get().sourcing().isPartial(JsonPointer.parse("/coveredCountries"))) {
        context.notEvaluated(
            "/networks/" + i + "/country",
            BuiltIn.text(ID, "partial", region.get().id(), country));
      } else {
        context.fail(
            "/networks/" + i + "/country",
            BuiltIn.text(ID, "not-covered", network.id(), country, region.get().id()),
            BuiltIn.text(ID, "hint", region.get().id(), country));
      }
    }
  }
}
