package io.github.gcmkit.cli;

import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.render.TimelineSvg;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.progress.ProgressReport;
import io.github.gcmkit.model.progress.WorkplanProgress;
import io.github.gcmkit.model.workplan.Workplan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
      "One row per priority, workstream and scheduled activity over the months of the workplan's period, "
          + "to standard output. With --as-of, or when progress reports are given (those the network holds "
          + "and --report files), each unit takes the colour of where it stands and a line marks the date.",
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

  /** Colours the units by where they stand as of this date (today when only reports are given). */
  @Mixin AsOf asOf = new AsOf();

  @Option(names = "--report", paramLabel = "FILE",
      description = "A progress report document on the workplan; repeatable.")
  List<Path> reports = new ArrayList<>();

  @Override
  public Integer call() {
    Workplan plan = source.workplan(workplan);
    List<ProgressReport> known = new ArrayList<>();
    if (source.document().value() instanceof Network || source.document().value() instanceof Federation) {
      known.addAll(source.network(source.document()).progressReportsOn(plan.id()));
    }
    for (Path file : reports) {
      GcmDocument document = Inputs.read(file);
      if (!(document.value() instanceof ProgressReport report)) {
        throw CommandException.of("refused.not-progress-report", file, document.kind().code());
      }
      if (report.workplan().map(plan.id()::equals).orElse(true)) {
        known.add(report);
      }
    }
    // Written as it is made: a large workplan's timeline is never held whole.
    PrintWriter out = spec.commandLine().getOut();
    if (asOf.given().isEmpty() && known.isEmpty()) {
      TimelineSvg.render(plan, out);
    } else {
      TimelineSvg.render(WorkplanProgress.of(plan, known, asOf.date()), out);
    }
    out.flush();
    return Gcm.OK;
  }
}
