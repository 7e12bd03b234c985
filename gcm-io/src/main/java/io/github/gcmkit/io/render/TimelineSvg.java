package io.github.gcmkit.io.render;

import io.github.gcmkit.io.escape.XmlEscaper;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.RecurringSchedule;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.ScheduleWindow;
import io.github.gcmkit.model.progress.Standing;
import io.github.gcmkit.model.progress.UnitStanding;
import io.github.gcmkit.model.progress.UnitReference;
import io.github.gcmkit.model.progress.WorkplanProgress;
import io.github.gcmkit.model.workplan.Workplan;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A workplan's timeline as an SVG Gantt chart, under a visible title: one row per priority, per
 * workstream and per activity that has a schedule of its own, the months on the axis, the
 * workplan's period marked as a shaded band. Work in a window of months is a solid bar, continuous
 * work a hatched bar across the period, recurring work a dot at each occurrence, and a unit whose
 * document states no timeline says so in words. Given the workplan's progress, each bar takes the
 * colour of where its unit stands (done, on track, late, cancelled, not reported) and a line marks
 * the date the progress is judged as of. Labels are in the workplan's language and are shortened
 * between words, never inside one.
 */
public final class TimelineSvg {

  private static final int LABEL_WIDTH = 320;
  private static final int LABEL_CHARACTERS = 52;
  private static final int MONTH_WIDTH = 28;
  private static final int ROW_HEIGHT = 26;
  private static final int TITLE = 30;
  private static final int HEADER = TITLE + 46;
  private static final int LEGEND = 60;
  /**
   * The most marks a recurring unit is drawn with (twenty years of monthly ones): over a longer
   * window its marks are spaced out, so that the drawing grows with the units, not with the years a
   * window spans (a workplan may run from 0001 to 9999).
   */
  static final int MOST_MARKS = 240;
  private static final String PLAIN = "#2b6cb0";

  private TimelineSvg() {}

  /** The workplan's timeline as a standalone SVG document. */
  public static String render(Workplan workplan) {
    StringBuilder out = new StringBuilder();
    render(workplan, Optional.empty(), out);
    return out.toString();
  }

  /** The workplan's timeline with the status of its units as {@code progress} judges them. */
  public static String render(WorkplanProgress progress) {
    StringBuilder out = new StringBuilder();
    render(progress.workplan(), Optional.of(progress), out);
    return out.toString();
  }

  /**
   * Writes the workplan's timeline to {@code out}, a few thousand characters at a time: a workplan
   * of any size is never held whole as text.
   *
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
  public static void render(Workplan workplan, Appendable out) {
    render(workplan, Optional.empty(), out);
  }

  /**
   * Writes the workplan's timeline with the status of its units as {@code progress} judges them to
   * {@code out}, a few thousand characters at a time.
   *
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
  public static void render(WorkplanProgress progress, Appendable out) {
    render(progress.workplan(), Optional.of(progress), out);
  }

  private static void render(Workplan workplan, Optional<WorkplanProgress> progress, Appendable out) {
    Labels l = new Labels(workplan.language());
    List<UnitReference> rows = rows(workplan);
    Map<String, Standing> standings =
        progress.map(p -> p.units().stream()
                .collect(Collectors.toMap(u -> u.unit().reference(), UnitStanding::standing, (a, b) -> a)))
            .orElse(Map.of());
    Period axis = axis(workplan, rows, progress);
    int months = (int) axis.months();
    int width = LABEL_WIDTH + months * MONTH_WIDTH + 20;
    int height = HEADER + Math.max(1, rows.size()) * ROW_HEIGHT + LEGEND;
    String title = l.text(workplan.title());
    Chunks chunks = new Chunks(out);
    StringBuilder svg = chunks.text();
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" font-family=\"sans-serif\" font-size=\"11\"")
        .append(" xml:lang=\"").append(XmlEscaper.attribute(workplan.language())).append("\">\n")
        .append("<title>").append(XmlEscaper.content(title)).append("</title>\n")
        .append("<defs><pattern id=\"continuous\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
        .append("<rect width=\"3\" height=\"6\" fill=\"").append(PLAIN).append("\"/></pattern></defs>\n")
        .append("<text class=\"title\" x=\"6\" y=\"20\" font-size=\"15\" font-weight=\"bold\">")
        .append(XmlEscaper.content(shorten(title, (width - 12) / 8))).append("</text>\n");
    workplan.period().ifPresent(p -> {
      int x = x(axis, p.from());
      svg.append("<rect class=\"period\" x=\"").append(x).append("\" y=\"").append(HEADER - 6)
          .append("\" width=\"").append((int) p.months() * MONTH_WIDTH).append("\" height=\"").append(rows.size() * ROW_HEIGHT + 6)
          .append("\" fill=\"#fdf6d8\" stroke=\"#d4b106\" stroke-dasharray=\"4 2\"><title>")
          .append(XmlEscaper.content(l.word("period") + ": " + l.period(p))).append("</title></rect>\n");
    });
    for (int m = 0; m < months; m++) {
      YearMonth month = axis.from().plusMonths(m);
      int x = LABEL_WIDTH + m * MONTH_WIDTH;
      svg.append("<line x1=\"").append(x).append("\" y1=\"").append(HEADER - 6).append("\" x2=\"").append(x)
          .append("\" y2=\"").append(HEADER + rows.size() * ROW_HEIGHT).append("\" stroke=\"#e2e2e2\"/>\n");
      svg.append("<text class=\"month\" x=\"").append(x + MONTH_WIDTH / 2).append("\" y=\"").append(HEADER - 12)
          .append("\" text-anchor=\"middle\">").append(String.format(Locale.ROOT, "%02d", month.getMonthValue())).append("</text>\n");
      if (m == 0 || month.getMonthValue() == 1) {
        svg.append("<text class=\"year\" x=\"").append(x + 2).append("\" y=\"").append(HEADER - 28)
            .append("\" font-weight=\"bold\">").append(month.getYear()).append("</text>\n");
      }
      chunks.pass();
    }
    int y = HEADER;
    for (UnitReference unit : rows) {
      String label = label(l, unit);
      Optional<Standing> standing = Optional.ofNullable(standings.get(unit.reference()));
      svg.append("<g class=\"").append(unit.kind().name().toLowerCase(Locale.ROOT)).append("\" data-id=\"")
          .append(XmlEscaper.attribute(unit.reference())).append('"');
      standing.ifPresent(s -> svg.append(" data-status=\"").append(code(s)).append('"'));
      svg.append(">\n<text x=\"").append(unit.kind() == UnitReference.Kind.ACTIVITY ? 18 : 6).append("\" y=\"").append(y + 17)
          .append('"').append(unit.kind() == UnitReference.Kind.PRIORITY ? " font-weight=\"bold\"" : "").append('>')
          .append(XmlEscaper.content(shorten(label, LABEL_CHARACTERS - (unit.kind() == UnitReference.Kind.ACTIVITY ? 2 : 0))))
          .append("<title>").append(XmlEscaper.content(label + standing.map(s -> " (" + l.word(key(s)) + ")").orElse("")))
          .append("</title></text>\n");
      String colour = standing.map(TimelineSvg::colour).orElse(PLAIN);
      bar(chunks, l, axis, workplan.period(), unit.schedule().orElse(Schedule.unspecified()), y, colour);
      svg.append("</g>\n");
      chunks.pass();
      y += ROW_HEIGHT;
    }
    progress.ifPresent(p -> asOf(svg, l, axis, p, rows.size()));
    legend(svg, l, y + 14, progress.isPresent());
    svg.append("</svg>\n");
    chunks.end();
  }

  /** Priorities, workstreams, and the activities that have a schedule of their own. */
  private static List<UnitReference> rows(Workplan workplan) {
    List<UnitReference> rows = new ArrayList<>();
    for (UnitReference unit : UnitReference.all(workplan)) {
      if (unit.kind() != UnitReference.Kind.ACTIVITY || unit.schedule().isPresent()) {
        rows.add(unit);
      }
    }
    return rows;
  }

  private static String label(Labels l, UnitReference unit) {
    return switch (unit.kind()) {
      case PRIORITY, WORKSTREAM -> {
        String text = l.text(unit.text());
        yield text.equals(unit.reference()) ? text : unit.reference() + " " + text;
      }
      case ACTIVITY -> l.text(unit.text());
    };
  }

  private static void bar(
      Chunks chunks, Labels l, Period axis, Optional<Period> period, Schedule schedule, int y, String colour) {
    StringBuilder svg = chunks.text();
    String tip = XmlEscaper.content(l.schedule(schedule));
    if (schedule instanceof ScheduleWindow window) {
      Period p = window.window();
      svg.append("<rect class=\"window\" x=\"").append(x(axis, p.from()) + 1).append("\" y=\"").append(y + 5)
          .append("\" width=\"").append((int) p.months() * MONTH_WIDTH - 2).append("\" height=\"").append(ROW_HEIGHT - 10)
          .append("\" rx=\"3\" fill=\"").append(colour).append("\"><title>").append(tip).append("</title></rect>\n");
    } else if (schedule instanceof RecurringSchedule recurring) {
      Period within = recurring.window().or(() -> period).orElse(axis);
      int every = Math.max(1, (int) Math.round(recurring.frequency().approximateMonths()));
      int step = (int) Math.max(every, -Math.floorDiv(-within.months(), MOST_MARKS));
      for (YearMonth m = within.from(); !m.isAfter(within.to()); m = m.plusMonths(step)) {
        svg.append("<circle class=\"recurring\" cx=\"").append(x(axis, m) + MONTH_WIDTH / 2).append("\" cy=\"").append(y + ROW_HEIGHT / 2)
            .append("\" r=\"5\" fill=\"").append(colour.equals(PLAIN) ? "#c05621" : colour).append("\"><title>")
            .append(tip).append("</title></circle>\n");
        chunks.pass();
      }
    } else if (schedule.isSpecified()) {
      Period across = period.orElse(axis);
      svg.append("<rect class=\"continuous\" x=\"").append(x(axis, across.from()) + 1).append("\" y=\"").append(y + 8)
          .append("\" width=\"").append((int) across.months() * MONTH_WIDTH - 2).append("\" height=\"").append(ROW_HEIGHT - 16)
          .append("\" fill=\"url(#continuous)\" stroke=\"").append(colour).append("\"><title>").append(tip).append("</title></rect>\n");
    } else {
      svg.append("<text class=\"unspecified\" x=\"").append(LABEL_WIDTH + 6).append("\" y=\"").append(y + 17)
          .append("\" fill=\"#777\" font-style=\"italic\">").append(tip).append("</text>\n");
    }
  }

  private static void asOf(StringBuilder svg, Labels l, Period axis, WorkplanProgress progress, int rows) {
    YearMonth month = YearMonth.from(progress.asOf());
    if (month.isBefore(axis.from()) || month.isAfter(axis.to())) {
      return;
    }
    int x = x(axis, month) + (progress.asOf().getDayOfMonth() - 1) * MONTH_WIDTH / month.lengthOfMonth();
    String text = l.word("asOf") + " " + progress.asOf();
    svg.append("<g class=\"as-of\">\n<line x1=\"").append(x).append("\" y1=\"").append(HEADER - 8).append("\" x2=\"").append(x)
        .append("\" y2=\"").append(HEADER + rows * ROW_HEIGHT).append("\" stroke=\"#1a202c\" stroke-width=\"2\"/>\n")
        .append("<text x=\"").append(x + 3).append("\" y=\"").append(HEADER + rows * ROW_HEIGHT + 12).append("\" font-weight=\"bold\">")
        .append(XmlEscaper.content(text)).append("</text>\n</g>\n");
  }

  private static void legend(StringBuilder svg, Labels l, int y, boolean statuses) {
    List<String[]> items = new ArrayList<>();
    items.add(new String[] {"window", "rect", PLAIN});
    items.add(new String[] {"continuous", "hatch", PLAIN});
    items.add(new String[] {"recurring", "circle", "#c05621"});
    items.add(new String[] {"period", "band", ""});
    svg.append("<g class=\"legend\">\n");
    item(svg, l, items, y);
    if (statuses) {
      List<String[]> colours = new ArrayList<>();
      for (Standing s : Standing.values()) {
        colours.add(new String[] {key(s), "rect", colour(s)});
      }
      item(svg, l, colours, y + 20);
    }
    svg.append("</g>\n");
  }

  private static void item(StringBuilder svg, Labels l, List<String[]> items, int y) {
    int x = 6;
    for (String[] item : items) {
      switch (item[1]) {
        case "circle" -> svg.append("<circle cx=\"").append(x + 9).append("\" cy=\"").append(y - 4)
            .append("\" r=\"5\" fill=\"").append(item[2]).append("\"/>");
        case "hatch" -> svg.append("<rect x=\"").append(x).append("\" y=\"").append(y - 9)
            .append("\" width=\"18\" height=\"10\" fill=\"url(#continuous)\" stroke=\"").append(PLAIN).append("\"/>");
        case "band" -> svg.append("<rect x=\"").append(x).append("\" y=\"").append(y - 9)
            .append("\" width=\"18\" height=\"10\" fill=\"#fdf6d8\" stroke=\"#d4b106\" stroke-dasharray=\"4 2\"/>");
        default -> svg.append("<rect x=\"").append(x).append("\" y=\"").append(y - 9)
            .append("\" width=\"18\" height=\"10\" fill=\"").append(item[2]).append("\"/>");
      }
      svg.append("<text x=\"").append(x + 24).append("\" y=\"").append(y).append("\">")
          .append(XmlEscaper.content(l.word(item[0]))).append("</text>\n");
      x += 120;
    }
  }

  /** The key of a standing's name in {@link Labels}. */
  static String key(Standing standing) {
    return "standing." + code(standing);
  }

  /** The code of a standing, as the {@code data-status} attribute spells it. */
  static String code(Standing standing) {
    return switch (standing) {
      case DONE -> "done";
      case ON_TRACK -> "onTrack";
      case LATE -> "late";
      case CANCELLED -> "cancelled";
      case NOT_REPORTED -> "notReported";
    };
  }

  private static String colour(Standing standing) {
    return switch (standing) {
      case DONE -> "#2f855a";
      case ON_TRACK -> PLAIN;
      case LATE -> "#c53030";
      case CANCELLED -> "#a0aec0";
      case NOT_REPORTED -> "#718096";
    };
  }

  /** The months on the axis: the workplan's period widened to every window it schedules and the as-of date. */
  private static Period axis(Workplan workplan, List<UnitReference> rows, Optional<WorkplanProgress> progress) {
    YearMonth from = workplan.period().map(Period::from).orElse(null);
    YearMonth to = workplan.period().map(Period::to).orElse(null);
    List<Period> windows = new ArrayList<>();
    rows.forEach(u -> u.window().ifPresent(windows::add));
    progress.ifPresent(p -> windows.add(Period.of(YearMonth.from(p.asOf()))));
    for (Period p : windows) {
      from = from == null || p.from().isBefore(from) ? p.from() : from;
      to = to == null || p.to().isAfter(to) ? p.to() : to;
    }
    if (from == null || to == null) {
      YearMonth start = workplan.issued().map(d -> d.firstMonth()).orElse(YearMonth.of(2020, 1));
      return Period.of(start, start.plusMonths(11));
    }
    return Period.of(from, to);
  }

  private static int x(Period axis, YearMonth month) {
    return LABEL_WIDTH + (int) ChronoUnit.MONTHS.between(axis.from(), month) * MONTH_WIDTH;
  }

  /** {@code text} cut to at most {@code max} characters between two words, with an ellipsis. */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    String head = (cut > max / 3 ? text.substring(0, cut) : text.substring(0, max - 1)).stripTrailing();
    while (!head.isEmpty() && ",;:.-–(".indexOf(head.charAt(head.length() - 1)) >= 0) {
      head = head.substring(0, head.length() - 1).stripTrailing();
    }
    return head + "…";
  }
}
