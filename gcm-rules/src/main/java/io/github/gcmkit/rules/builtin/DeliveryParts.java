package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.Message;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.progress.ProgressReport;
import io.github.gcmkit.model.workplan.Workplan;
import java.util.Optional;

/** Which workplan a progress report or a joint programme of a network speaks of. */
final class DeliveryParts {

  private DeliveryParts() {}

  /** The workplan the report names, else the network's latest. */
  static Optional<Workplan> workplan(Network network, ProgressReport report) {
    return workplan(network, report.workplan());
  }

  /** The workplan named, else the network's latest. */
  static Optional<Workplan> workplan(Network network, Optional<String> named) {
    if (named.isPresent()) {
      return network.workplan(named.get());
    }
    return network.workplans().isEmpty()
        ? Optional.empty()
        : Optional.of(network.workplans().get(network.workplans().size() - 1));
  }

  /** Why a rule on joint programmes judges nothing of {@code network}: it records none. */
  static Message noProgramme(Network network) {
    return BuiltIn.MESSAGES.message("delivery.no-programme", network.id());
  }

  /** Why a rule on progress reports judges nothing of {@code network}: it records none. */
  static Message noProgressReport(Network network) {
    return BuiltIn.MESSAGES.message("delivery.no-progress-report", network.id());
  }

  /** The index of {@code workplan} among the network's workplans. */
  static int index(Network network, Workplan workplan) {
    return network.workplans().indexOf(workplan);
  }
}
