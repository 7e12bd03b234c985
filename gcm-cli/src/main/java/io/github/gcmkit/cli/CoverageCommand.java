package io.github.gcmkit.cli;

import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.escape.CsvEscaper;
import io.github.gcmkit.io.escape.TerminalEscaper;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.GuidingPrinciple;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Workplan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code gcm coverage}: which GCM objectives and guiding principles each workplan serves. */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    description = {
      "Show the GCM objectives and guiding principles each workplan serves.",
      "",
      "Which of the 23 GCM objectives and 10 guiding principles each workplan serves, through its "
          + "priorities, workstreams, cross-cutting issues and pledges.",
      "",
      "In the table, ● marks a link the workplan states and ○ one that was interpreted when the document "
          + "was encoded. CSV has a row per workplan and objective or principle served; JSON lists the "
          + "same per workplan.",
      ""
    })
final class CoverageCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
      description = "'table' for people (the default), 'csv' or 'json' for tools.")
  String format = "table";

  @Mixin LanguageOption lang = new LanguageOption();

  @ArgGroup(exclusive = false, multiplicity = "1")
  @Nullable Documents documents;

  @Override
  public Integer call() {
    String chosen = Choice.of(spec, "--format", format, "table", "csv", "json");
    List<Coverage> coverage = coverage();
    PrintWriter out = spec.commandLine().getOut();
    // Written as it is made, a line or a workplan at a time: the coverage of 60,000 workplans is
    // tens of megabytes of text, and its JSON tree several times that.
    switch (chosen) {
      case "csv" -> csv(coverage, out);
      case "json" -> json(coverage, out);
      default -> table(coverage, out);
    }
    out.flush();
    return Gcm.OK;
  }

  /** The coverage of every workplan, network by network, and of workplan documents on their own. */
  private List<Coverage> coverage() {
    List<GcmFormatException> unreadable = new ArrayList<>();
    Map<String, GcmDocument> read = Objects.requireNonNull(documents).check().read(unreadable);
    if (!unreadable.isEmpty()) {
      throw new UnreadableException(unreadable);
    }
    List<Coverage> coverage = new ArrayList<>();
    read.forEach((source, document) -> {
      switch (document.kind()) {
        case FEDERATION -> document.value(Federation.class).networks().forEach(n -> add(coverage, n));
        case NETWORK -> add(coverage, document.value(Network.class));
        case WORKPLAN -> coverage.add(Coverage.of(source, document.value(Workplan.class)));
        default -> { }
      }
    });
    if (coverage.isEmpty()) {
      throw CommandException.of("refused.no-workplan");
    }
    return coverage;
  }

  private static void add(List<Coverage> coverage, Network network) {
    network.workplans().forEach(w -> coverage.add(Coverage.of(network.id(), w)));
  }

  private void table(List<Coverage> coverage, PrintWriter out) {
    Words words = new Words(lang.language);
    int width = 44;
    List<String> labels = coverage.stream().map(c -> TerminalEscaper.text(c.label())).toList();
    List<Integer> widths = labels.stream().map(l -> Math.max(l.length(), 3)).toList();
    StringBuilder text = new StringBuilder(pad(words.word("coverage.objective"), width));
    labels.forEach(l -> text.append("  ").append(l));
    line(text, out);
    for (GcmObjective o : GcmObjective.values()) {
      row(text, String.format("%2d %s", o.number(), o.label().text(lang.language)), width, coverage, widths, c -> c.objectives().get(o));
      line(text, out);
    }
    text.append(pad(words.word("coverage.served"), width));
    for (int i = 0; i < coverage.size(); i++) {
      text.append("  ").append(pad(coverage.get(i).objectives().size() + "/23", widths.get(i)));
    }
    line(text, out);
    line(text, out);
    text.append(pad(words.word("coverage.principle"), width));
    line(text, out);
    for (GuidingPrinciple p : GuidingPrinciple.values()) {
      row(text, String.format("%2d %s", p.number(), p.title().text(lang.language)), width, coverage, widths, c -> c.principles().get(p));
      line(text, out);
    }
    text.append(pad(words.word("coverage.served"), width));
    for (int i = 0; i < coverage.size(); i++) {
      text.append("  ").append(pad(coverage.get(i).principles().size() + "/10", widths.get(i)));
    }
    line(text, out);
    line(text, out);
    text.append(words.word("coverage.legend"));
    line(text, out);
  }

  /** Writes the line {@code text} holds, without its trailing spaces, and empties it for the next. */
  private static void line(StringBuilder text, PrintWriter out) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    out.append(text, 0, end).append('\n');
    text.setLength(0);
  }

  private static void row(StringBuilder text, String name, int width, List<Coverage> coverage, List<Integer> widths,
      Function<Coverage, Coverage.@Nullable Links> links) {
    text.append(pad(name.length() > width ? name.substring(0, width - 1) + "…" : name, width));
    for (int i = 0; i < coverage.size(); i++) {
      Coverage.Links l = links.apply(coverage.get(i));
      String mark = l == null ? "·" : l.stated() ? "●" : "○";
      int half = (widths.get(i) - 1) / 2;
      text.append("  ").append(pad(" ".repeat(half) + mark, widths.get(i)));
    }
  }

  private void csv(List<Coverage> coverage, PrintWriter text) {
    text.append("network,workplan,framework,number,title,provenance,where\n");
    for (Coverage c : coverage) {
      c.objectives().forEach((o, l) -> csvRow(text, c, "gcm-objective", o.number(), o.title(), l));
      c.principles().forEach((p, l) -> csvRow(text, c, "guiding-principle", p.number(), p.title(), l));
    }
  }

  private void csvRow(PrintWriter text, Coverage c, String framework, int number, LocalizedText title, Coverage.Links l) {
    text.append(CsvEscaper.field(c.network())).append(',').append(CsvEscaper.field(c.workplan().id())).append(',').append(framework)
        .append(',').append(String.valueOf(number)).append(',').append(CsvEscaper.field(title.text(lang.language))).append(',')
        .append(l.stated() ? "stated" : "interpreted").append(',').append(CsvEscaper.field(String.join("; ", l.where())))
        .append('\n');
  }

  private void json(List<Coverage> coverage, PrintWriter out) {
    PrettyJson.array(out, "workplans", coverage.stream().map(this::json));
  }

  private ObjectNode json(Coverage c) {
    ObjectNode w = PrettyJson.object();
    w.put("network", c.network());
    w.put("workplan", c.workplan().id());
    w.put("title", c.workplan().title().text(lang.language));
    ArrayNode objectives = w.putArray("objectives");
    c.objectives().forEach((o, l) -> links(objectives.addObject().put("number", o.number())
        .put("label", o.label().text(lang.language)).put("title", o.title().text(lang.language)), l));
    ArrayNode principles = w.putArray("principles");
    c.principles().forEach((p, l) -> links(principles.addObject().put("number", p.number())
        .put("title", p.title().text(lang.language)), l));
    return w;
  }

  private static void links(ObjectNode node, Coverage.Links l) {
    node.put("provenance", l.stated() ? "stated" : "interpreted");
    ArrayNode where = node.putArray("where");
    l.where().forEach(where::add);
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
