package io.github.gcmkit.cli;

import io.github.gcmkit.io.render.ProgressRenderer;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.progress.WorkplanProgress;
import io.github.gcmkit.model.workplan.Workplan;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gcm progress}: where each network's workplans stand as of a date. */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    description = {
      "Show where each workplan stands as of a date.",
      "",
      "For every network and workplan, the latest progress report dated no later than --as-of, and "
          + "each priority, workstream and scheduled or reported activity: done, on track, late, "
          + "cancelled or not reported. A unit is late when the report says it is delayed, or when its "
          + "schedule ended before the date and it is not reported done or cancelled. A unit that no "
          + "report speaks of is not reported, never late; with no report at all, nothing is judged.",
      "",
      "Progress reports are documents of kind 'progress' or the progressReports of a network document; "
          + "each is added to the network it names.",
      ""
    })
final class ProgressCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", defaultValue = "",
      description = "The date to judge progress as of; today by default.")
  String asOf = "";

  @Option(names = "--format", paramLabel = "text|json|markdown|html", defaultValue = "text",
      description = "'text' for people (the default), 'markdown' or 'html' for a page, 'json' for tools.")
  String format = "text";

  @Option(names = "--lang", paramLabel = "en|fr", defaultValue = "en",
      description = "The language of the words and titles: 'en' (the default) or 'fr'.")
  String language = "en";

  @ArgGroup(exclusive = true, multiplicity = "1")
  @Nullable Documents documents;

  @Override
  public Integer call() {
    String chosen = Choice.of(spec, "--format", format, "text", "json", "markdown", "html");
    Choice.of(spec, "--lang", language, "en", "fr");
    LocalDate date = date(spec, asOf);
    Federation federation = Objects.requireNonNull(documents).federation();
    Map<String, List<WorkplanProgress>> networks = new LinkedHashMap<>();
    for (Network network : federation.networks()) {
      List<WorkplanProgress> progress = new ArrayList<>();
      for (Workplan workplan : network.workplans()) {
        progress.add(WorkplanProgress.of(workplan, network.progressReportsOn(workplan.id()), date));
      }
      if (!progress.isEmpty()) {
        networks.put(network.id(), progress);
      }
    }
    if (networks.isEmpty()) {
      throw new CommandException("there is no network with a workplan in the input");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (chosen) {
      case "json" -> ProgressRenderer.json(language, date, networks);
      case "markdown" -> ProgressRenderer.markdown(language, date, networks);
      case "html" -> ProgressRenderer.html(language, date, networks);
      default -> ProgressRenderer.text(language, date, networks);
    });
    out.flush();
    return Gcm.OK;
  }

  /** The date {@code asOf} names, or today when it is blank. */
  static LocalDate date(CommandSpec spec, String asOf) {
    if (asOf.isBlank()) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(),
          "--as-of: '" + asOf + "' is not a date: write YYYY-MM-DD, such as 2021-04-15");
    }
  }
}
