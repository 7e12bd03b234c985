package io.github.gcmkit.cli;

import io.github.gcmkit.io.render.NetworkGraph;
import io.github.gcmkit.model.network.Federation;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gcm graph}: the hierarchy of networks as Mermaid or DOT. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = {
      "Draw the hierarchy of networks as Mermaid or DOT.",
      "",
      "Which network reports to which, as a Mermaid flowchart or a Graphviz DOT graph, to standard output.",
      ""
    })
final class GraphCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Option(names = "--format", paramLabel = "mermaid|dot", defaultValue = "mermaid",
      description = "'mermaid' (the default) or 'dot'.")
  String format = "mermaid";

  @Mixin LanguageOption lang = new LanguageOption();

  @ArgGroup(exclusive = false, multiplicity = "1")
  @Nullable Documents documents;

  @Override
  public Integer call() {
    boolean dot = Choice.of(spec, "--format", format, "mermaid", "dot").equals("dot");
    Federation federation = Objects.requireNonNull(documents).federation();
    PrintWriter out = spec.commandLine().getOut();
    if (dot) {
      NetworkGraph.dot(federation, lang.language, out);
    } else {
      NetworkGraph.mermaid(federation, lang.language, out);
    }
    out.flush();
    return Gcm.OK;
  }
}
