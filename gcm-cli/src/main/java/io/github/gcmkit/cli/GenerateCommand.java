package io.github.gcmkit.cli;

import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.testkit.ModelGenerators;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gcm generate}: a synthetic federation, for load tests and benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic federation of N networks as JSON.",
      "",
      "To standard output: one "
          + "global network, a regional network for about every 40 national ones, each network with a full "
          + "charter and one workplan. The same seed gives the same federation, which names only "
          + "organisations of the default entity catalogue and so reads strictly.",
      ""
    })
final class GenerateCommand implements Callable<Integer> {

  /** From this size on, progress is shown. */
  private static final int LARGE = 500;

  @Spec CommandSpec spec = CommandSpec.create();

  @Option(names = "--networks", paramLabel = "N", required = true, description = "How many networks (at least 1).")
  int networks;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "The seed; 0 by default.")
  long seed;

  @Override
  public Integer call() {
    if (networks < 1) {
      throw CommandException.of("refused.networks-at-least-one", networks);
    }
    PrintWriter out = spec.commandLine().getOut();
    Progress progress = new Progress(spec.commandLine().getErr(), networks >= LARGE);
    // The command has no --lang: its progress is in the language of the locale.
    String language = Messages.language(null);
    progress.step(Messages.text(language, "progress.generating", networks, seed));
    // Each network is written as it is made and then let go: the federation is never held.
    GcmJson.defaults().writeFederation(ModelGenerators.defaults().fullFederationNetworks(networks, seed), out);
    progress.step(Messages.text(language, "progress.done"));
    return Gcm.OK;
  }
}
