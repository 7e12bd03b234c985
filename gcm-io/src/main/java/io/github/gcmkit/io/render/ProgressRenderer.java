package io.github.gcmkit.io.render;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.model.progress.ProgressReport;
import io.github.gcmkit.model.progress.Standing;
import io.github.gcmkit.model.progress.UnitStanding;
import io.github.gcmkit.model.progress.WorkUnit;
import io.github.gcmkit.model.progress.WorkplanProgress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where workplans stand as of a date, network by network and unit by unit (done, on track, late,
 * cancelled, not reported), as plain text, Markdown, HTML or JSON, in English or French. The units
 * shown are the priorities, the workstreams, and the activities that have a schedule of their own
 * or that a report speaks of.
 *
 * <p>The input maps a network's id to the progress of each of its workplans, in order.
 */
public final class ProgressRenderer {

  private ProgressRenderer() {}

  /** Plain text for a terminal. */
  public static String text(String language, LocalDate asOf, Map<String, List<WorkplanProgress>> networks) {
    Labels l = new Labels(language);
    StringBuilder out = new StringBuilder();
    out.append(l.word("progressAsOf")).append(' ').append(asOf).append('\n');
    networks.forEach((network, progresses) -> {
      for (WorkplanProgress progress : progresses) {
        out.append('\n').append(network).append(" — ").append(l.text(progress.workplan().title()))
            .append(" (").append(progress.workplan().id()).append(")\n");
        out.append("  ").append(latest(l, progress)).append('\n');
        out.append("  ").append(counts(l, progress)).append('\n');
        List<UnitStanding> rows = rows(progress);
        int width = rows.stream().mapToInt(r -> r.unit().reference().length()).max().orElse(0);
        int statusWidth = 0;
        for (Standing s : Standing.values()) {
          statusWidth = Math.max(statusWidth, l.word(TimelineSvg.key(s)).length());
        }
        for (UnitStanding row : rows) {
          out.append("  ").append(pad(l.word(TimelineSvg.key(row.standing())), statusWidth)).append("  ")
              .append(pad(row.unit().reference(), width)).append("  ")
              .append(TimelineSvg.shorten(l.text(row.unit().text()), 70)).append('\n');
        }
      }
    });
    return out.toString();
  }

  /** A Markdown document. */
  public static String markdown(String language, LocalDate asOf, Map<String, List<WorkplanProgress>> networks) {
    return MarkdownRenderer.write(outline(language, asOf, networks));
  }

  /** A standalone HTML page. */
  public static String html(String language, LocalDate asOf, Map<String, List<WorkplanProgress>> networks) {
    return HtmlRenderer.write(outline(language, asOf, networks));
  }

  /** JSON for tools: codes, not words, except for the units' texts in {@code language}. */
  public static String json(String language, LocalDate asOf, Map<String, List<WorkplanProgress>> networks) {
    Labels l = new Labels(language);
    ObjectNode root = GcmJson.defaults().mapper().createObjectNode();
    root.put("asOf", asOf.toString());
    ArrayNode workplans = root.putArray("workplans");
    networks.forEach((network, progresses) -> {
      for (WorkplanProgress progress : progresses) {
        ObjectNode w = workplans.addObject();
        w.put("network", network);
        w.put("workplan", progress.workplan().id());
        w.put("title", l.text(progress.workplan().title()));
        progress.latestReport().ifPresent(r -> w.putObject("latestReport")
            .put("id", r.id()).put("asOf", r.asOf().toIsoString()));
        progress.nextReportDue().ifPresent(d -> w.put("nextReportDue", d.toString()));
        w.put("reportLate", progress.reportLate());
        ObjectNode counts = w.putObject("counts");
        count(progress).forEach((s, n) -> counts.put(code(s), n));
        ArrayNode units = w.putArray("units");
        for (UnitStanding row : rows(progress)) {
          ObjectNode u = units.addObject();
          u.put("unit", row.unit().reference());
          u.put("kind", row.unit().kind().name().toLowerCase(Locale.ROOT));
          u.put("standing", code(row.standing()));
          row.reported().ifPresent(p -> u.put("status", p.status().name().toLowerCase(Locale.ROOT).replace('_', '-')));
          u.put("overdue", row.overdue());
          row.unit().window().ifPresent(p -> u.put("schedule", p.toString()));
          u.put("text", l.text(row.unit().text()));
        }
      }
    });
    return GcmJson.defaults().mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  private static Outline outline(String language, LocalDate asOf, Map<String, List<WorkplanProgress>> networks) {
    Labels l = new Labels(language);
    Outline o = new Outline(language, l.word("progressAsOf") + " " + asOf);
    o.heading(1, o.title());
    networks.forEach((network, progresses) -> {
      for (WorkplanProgress progress : progresses) {
        o.heading(2, network + " — " + l.text(progress.workplan().title()));
        o.paragraph(latest(l, progress));
        o.paragraph(counts(l, progress));
        List<List<String>> rows = new ArrayList<>();
        for (UnitStanding row : rows(progress)) {
          rows.add(List.of(
              row.unit().reference(),
              l.text(row.unit().text()),
              row.unit().schedule().map(l::schedule).orElse(""),
              l.word(TimelineSvg.key(row.standing()))));
        }
        o.table(List.of(l.word("unit"), l.word("work"), l.word("timeline"), l.word("standing")), rows);
      }
    });
    return o;
  }

  /** Priorities, workstreams, and activities with a schedule of their own or a report on them. */
  static ImmutableList<UnitStanding> rows(WorkplanProgress progress) {
    return progress.units().stream()
        .filter(u -> u.unit().kind() != WorkUnit.Kind.ACTIVITY
            || u.unit().schedule().isPresent() || u.reported().isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  private static String latest(Labels l, WorkplanProgress progress) {
    if (progress.latestReport().isEmpty()) {
      return l.word("noReport");
    }
    ProgressReport r = progress.latestReport().get();
    String text = l.word("latestReport") + ": " + r.id() + ", " + l.word("asOf").toLowerCase(Locale.ROOT) + " "
        + l.date(r.asOf());
    if (progress.nextReportDue().isPresent()) {
      text += "; " + l.word(progress.reportLate() ? "reportWasDue" : "reportDue") + " " + progress.nextReportDue().get();
    }
    return text;
  }

  private static String counts(Labels l, WorkplanProgress progress) {
    List<String> parts = new ArrayList<>();
    count(progress).forEach((s, n) -> parts.add(l.word(TimelineSvg.key(s)) + " " + n));
    return String.join(" · ", parts);
  }

  private static Map<Standing, Integer> count(WorkplanProgress progress) {
    Map<Standing, Integer> counts = new EnumMap<>(Standing.class);
    for (Standing s : Standing.values()) {
      counts.put(s, 0);
    }
    rows(progress).forEach(u -> counts.merge(u.standing(), 1, Integer::sum));
    return counts;
  }

  private static String code(Standing standing) {
    return standing.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
