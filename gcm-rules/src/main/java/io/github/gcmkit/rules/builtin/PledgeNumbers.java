package io.github.gcmkit.rules.builtin;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.RuleContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The IMRF pledging dashboard numbers of the pledges a network records: those of every workplan of
 * the network a workplan belongs to, or of the workplan alone when it is checked on its own; and
 * whether any of those lists of pledges is marked partial, so that a number missing from them is
 * not known to be missing.
 */
final class PledgeNumbers {

  private final Set<Integer> numbers = new HashSet<>();
  private final boolean partial;

  private PledgeNumbers(List<Workplan> workplans) {
    boolean anyPartial = false;
    for (Workplan workplan : workplans) {
      workplan.pledges().forEach(p -> p.dashboardNumber().ifPresent(numbers::add));
      anyPartial |= workplan.sourcing().isPartial(JsonPointer.parse("/pledges"));
    }
    this.partial = anyPartial;
  }

  /** The numbers recorded for {@code workplan}'s network, or for it alone. */
  static PledgeNumbers of(Workplan workplan, RuleContext context) {
    return new PledgeNumbers(
        context
            .network()
            .map(Network::workplans)
            .filter(all -> all.contains(workplan))
            .orElse(ImmutableList.of(workplan)));
  }

  /**
   * Whether a pledge numbered {@code number} is recorded: empty when it is not and a list of
   * pledges is marked partial.
   */
  Optional<Boolean> recorded(int number) {
    if (numbers.contains(number)) {
      return Optional.of(true);
    }
    return partial ? Optional.empty() : Optional.of(false);
  }
}
