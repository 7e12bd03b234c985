package io.github.gcmkit.io.render;

import io.github.gcmkit.model.progress.ProgressReport;
import io.github.gcmkit.model.progress.Standing;
import io.github.gcmkit.model.progress.UnitStanding;
import io.github.gcmkit.model.progress.WorkplanProgress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where workplans stand as of a date, network by network and unit by unit (done, on track, late,
 * cancelled, not reported), as plain text, Markdown or HTML, in English or French. The units shown
 * are those {@link WorkplanProgress#listed()} lists.
 *
 * <p>The input maps a network's id to the progress of each of its workplans, in order.
 */
public final class ProgressRenderer {

  private ProgressRenderer() {}

  /** Plain text for a terminal. */
  public static String text(String language, LocalDate asOf, Map<String, List<WorkplanProgress>> networks) {
    StringBuilder out = new StringBuilder();
    text(language, asOf, networks, out);
    return out.toString();
  }

  /**
   * Writes plain text for a terminal to {@code out}, a few thousand characters at a time.
   *
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
  public static void text(String language, LocalDate asOf, Map<String, List<WorkplanProgress>> networks, Appendable out) {
    Labels l = new Labels(language);
    Chunks chunks = new Chunks(out);
    StringBuilder text = chunks.text();
    text.append(l.word("progressAsOf")).append(' ').append(asOf).append('\n');
    networks.forEach((network, progresses) -> {
      for (WorkplanProgress progress : progresses) {
        text.append('\n').append(network).append(" — ").append(l.text(progress.workplan().title()))
            .append(" (").append(progress.workplan().id()).append(")\n");
        text.append("  ").append(latest(l, progress)).append('\n');
        text.append("  ").append(counts(l, progress)).append('\n');
        List<UnitStanding> rows = progress.listed();
        int width = rows.stream().mapToInt(r -> r.unit().reference().length()).max().orElse(0);
        int statusWidth = 0;
        for (Standing s : Standing.values()) {
          statusWidth = Math.max(statusWidth, l.word(TimelineSvg.key(s)).length());
        }
        for (UnitStanding row : rows) {
          text.append("  ").append(pad(l.word(TimelineSvg.key(row.standing())), statusWidth)).append("  ")
              .append(pad(row.unit().reference(), width)).append("  ")
              .append(TimelineSvg.shorten(l.text(row.unit().text()), 70)).append('\n');
          chunks.pass();
        }
      }
    });
    chunks.end();
  }

  /** A Markdown document. */
  public static String markdown(String language, LocalDate asOf, Map<String, List<WorkplanProgress>> networks) {
    return MarkdownRenderer.write(outline(language, asOf, networks));
  }

  /**
   * Writes a Markdown document to {@code out}, a few thousand characters at a time.
   *
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
  public static void markdown(String language, LocalDate asOf, Map<String, List<WorkplanProgress>> networks, Appendable out) {
    MarkdownRenderer.write(outline(language, asOf, networks), out);
  }

  /** A standalone HTML page. */
  public static String html(String language, LocalDate asOf, Map<String, List<WorkplanProgress>> networks) {
    return HtmlRenderer.write(outline(language, asOf, networks));
  }

  /**
   * Writes a standalone HTML page to {@code out}, a few thousand characters at a time.
   *
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
  public static void html(String language, LocalDate asOf, Map<String, List<WorkplanProgress>> networks, Appendable out) {
    HtmlRenderer.write(outline(language, asOf, networks), out);
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
        for (UnitStanding row : progress.listed()) {
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

  private static String latest(Labels l, WorkplanProgress progress) {
    if (progress.latestReport().isEmpty()) {
      return l.word("noReport");
    }
    ProgressReport r = progress.latestReport().get();
    String text = l.word("latestReport") + Labels.colon(l.language()) + " " + r.id() + ", " + l.word("asOf").toLowerCase(Locale.ROOT) + " "
        + l.date(r.asOf());
    if (progress.nextReportDue().isPresent()) {
      text += "; " + l.word(progress.reportLate() ? "reportWasDue" : "reportDue") + " " + progress.nextReportDue().get();
    }
    return text;
  }

  private static String counts(Labels l, WorkplanProgress progress) {
    List<String> parts = new ArrayList<>();
    progress.counts().forEach((s, n) -> parts.add(l.word(TimelineSvg.key(s)) + " " + n));
    return String.join(" · ", parts);
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
