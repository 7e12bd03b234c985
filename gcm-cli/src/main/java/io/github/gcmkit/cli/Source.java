package io.github.gcmkit.cli;

import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Workplan;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The one document a command works on: a file, or with {@code --bundled} a network of the bundled
 * datasets; with {@code --network}, one network of a federation document. Commands that render a
 * charter or a workplan take it from there.
 */
final class Source {

  @Option(names = "--bundled", description = "SOURCE is the id of a bundled network: global, wca, cm or sn.")
  boolean bundled;

  @Option(names = "--network", paramLabel = "ID", description = "The network, when SOURCE is a federation document.")
  @Nullable String network;

  @Parameters(index = "0", paramLabel = "SOURCE",
      description = "A gcmkit document (JSON, or YAML when the name ends in .yaml or .yml), or with --bundled a network id.")
  String source = "";

  private @Nullable GcmDocument read;

  /** The document, read once (standard input can only be read once). */
  GcmDocument document() {
    GcmDocument document = read;
    if (document == null) {
      document = Inputs.one(source, bundled);
      read = document;
    }
    return document;
  }

  /** The network the source holds, or names among a federation's. */
  Network network(GcmDocument document) {
    String id = network;
    return switch (document.kind()) {
      case NETWORK -> document.value(Network.class);
      case FEDERATION -> {
        Federation federation = document.value(Federation.class);
        if (id == null) {
          throw CommandException.of("refused.federation", source,
              federation.networks().stream().map(Network::id).collect(Collectors.joining(", ")));
        }
        yield Inputs.network(federation, id, Optional.of(source));
      }
      default -> throw CommandException.of("refused.not-network", source, document.kind().code());
    };
  }

  /** The charter the source holds, or its network's. */
  Charter charter() {
    GcmDocument document = document();
    if (document.value() instanceof Charter charter) {
      return charter;
    }
    Network n = network(document);
    return n.charter().orElseThrow(() -> CommandException.of(
        n.workplans().isEmpty() ? "network.no-charter" : "network.no-charter.workplan", n.id()));
  }

  /** The workplan the source holds, or its network's workplan {@code id} (its only one when {@code id} is empty). */
  Workplan workplan(String id) {
    GcmDocument document = document();
    if (document.value() instanceof Workplan workplan) {
      return workplan;
    }
    Network n = network(document);
    if (n.workplans().isEmpty()) {
      throw CommandException.of("network.no-workplan", n.id());
    }
    if (id.isEmpty()) {
      if (n.workplans().size() > 1) {
        throw CommandException.of("refused.many-workplans", n.id(), n.workplans().size(), ids(n));
      }
      return n.workplans().get(0);
    }
    return n.workplans().stream().filter(w -> w.id().equals(id)).findFirst()
        .orElseThrow(() -> CommandException.of("network.no-such-workplan", id, n.id(), ids(n)));
  }

  private static String ids(Network n) {
    return n.workplans().stream().map(Workplan::id).collect(Collectors.joining(", "));
  }
}
