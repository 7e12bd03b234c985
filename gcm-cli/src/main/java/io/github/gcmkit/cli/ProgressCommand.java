package io.github.gcmkit.cli;

import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.io.render.ProgressRenderer;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.progress.UnitStanding;
import io.github.gcmkit.model.progress.WorkplanProgress;
import io.github.gcmkit.model.workplan.Workplan;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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

  @Mixin AsOf asOf = new AsOf();

  @Option(names = "--format", paramLabel = "text|json|markdown|html", defaultValue = "text",
      description = "'text' for people (the default), 'markdown' or 'html' for a page, 'json' for tools.")
  String format = "text";

  @Mixin LanguageOption lang = new LanguageOption();

  @ArgGroup(exclusive = true, multiplicity = "1")
  @Nullable Documents documents;

  @Override
  public Integer call() {
    String chosen = Choice.of(spec, "--format", format, "text", "json", "markdown", "html");
    LocalDate date = asOf.date();
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
      throw CommandException.of("refused.no-network-with-workplan");
    }
    PrintWriter out = spec.commandLine().getOut();
    // Written as it is made: the standing of a workplan of 100,000 workstreams is tens of megabytes.
    switch (chosen) {
      case "json" -> json(date, networks, out);
      case "markdown" -> ProgressRenderer.markdown(lang.language, date, networks, out);
      case "html" -> ProgressRenderer.html(lang.language, date, networks, out);
      default -> ProgressRenderer.text(lang.language, date, networks, out);
    }
    out.flush();
    return Gcm.OK;
  }

  /**
   * JSON for tools: codes, not words, except for titles and the units' texts in the chosen
   * language; written a workplan at a time.
   */
  private void json(LocalDate date, Map<String, List<WorkplanProgress>> networks, PrintWriter out) {
    // The output is the command's standard output: closing the generator must not close it.
    ObjectWriter writer = GcmJson.defaults().mapper().writerWithDefaultPrettyPrinter()
        .without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    try (JsonGenerator json = writer.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringProperty("asOf", date.toString());
      json.writeName("workplans");
      json.writeStartArray();
      networks.forEach((network, progresses) -> progresses.forEach(progress -> json.writeTree(json(network, progress))));
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private ObjectNode json(String network, WorkplanProgress progress) {
    ObjectNode w = GcmJson.defaults().mapper().createObjectNode();
    w.put("network", network);
    w.put("workplan", progress.workplan().id());
    w.put("title", progress.workplan().title().text(lang.language));
    progress.latestReport().ifPresent(r -> w.putObject("latestReport")
        .put("id", r.id()).put("asOf", r.asOf().toIsoString()));
    progress.nextReportDue().ifPresent(d -> w.put("nextReportDue", d.toString()));
    w.put("reportLate", progress.reportLate());
    ObjectNode counts = w.putObject("counts");
    progress.counts().forEach((s, n) -> counts.put(code(s), n));
    ArrayNode units = w.putArray("units");
    for (UnitStanding row : progress.listed()) {
      ObjectNode u = units.addObject();
      u.put("unit", row.unit().reference());
      u.put("kind", code(row.unit().kind()));
      u.put("standing", code(row.standing()));
      row.reported().ifPresent(p -> u.put("status", code(p.status())));
      u.put("overdue", row.overdue());
      row.unit().window().ifPresent(p -> u.put("schedule", p.toString()));
      u.put("text", row.unit().text().text(lang.language));
    }
    return w;
  }

  private static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
