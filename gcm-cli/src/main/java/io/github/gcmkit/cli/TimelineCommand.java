package io.github.gcmkit.cli;

import io.github.gcmkit.io.render.TimelineSvg;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gcm timeline}: a workplan's timeline as SVG. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Draw a workplan's timeline as SVG.",
      "",
      "One bar per workstream and activity over the months of the workplan's period, to standard output.",
      "",
      "SOURCE is a workplan document, or a network and its workplan.",
      ""
    })
final class TimelineCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin Source source = new Source();

  @Option(names = "--workplan", paramLabel = "ID", defaultValue = "",
      description = "The network's workplan ID; by default its only workplan.")
  String workplan = "";

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(TimelineSvg.render(source.workplan(workplan)));
    spec.commandLine().getOut().flush();
    return Gcm.OK;
  }
}
