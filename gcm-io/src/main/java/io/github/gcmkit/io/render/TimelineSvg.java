package io.github.gcmkit.io.render;

import io.github.gcmkit.io.escape.XmlEscaper;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.RecurringSchedule;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.ScheduleWindow;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.Workstream;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A workplan's timeline as an SVG Gantt chart: one row per workstream, the months on the axis, the
 * workplan's period marked as a shaded band. Work in a window of months is a solid bar, continuous
 * work a hatched bar across the period, recurring work a dot at each occurrence, and a workstream
 * whose document states no timeline says so in words. Labels are in the workplan's language.
 */
public final class TimelineSvg {

  private static final int LABEL_WIDTH = 300;
  private static final int MONTH_WIDTH = 28;
  private static final int ROW_HEIGHT = 26;
  private static final int HEADER = 46;
  private static final int LEGEND = 40;

  private TimelineSvg() {}

  /** The workplan's timeline as a standalone SVG document. */
  public static String render(Workplan workplan) {
    Labels l = new Labels(workplan.language());
    List<Workstream> rows = workplan.workstreams().toList();
    Period axis = axis(workplan, rows);
    int months = (int) axis.months();
    int width = LABEL_WIDTH + months * MONTH_WIDTH + 20;
    int height = HEADER + Math.max(1, rows.size()) * ROW_HEIGHT + LEGEND;
    StringBuilder svg = new StringBuilder();
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" font-family=\"sans-serif\" font-size=\"11\"")
        .append(" xml:lang=\"").append(XmlEscaper.attribute(workplan.language())).append("\">\n")
        .append("<title>").append(XmlEscaper.content(l.text(workplan.title()))).append("</title>\n")
        .append("<defs><pattern id=\"continuous\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
        .append("<rect width=\"3\" height=\"6\" fill=\"#2b6cb0\"/></pattern></defs>\n");
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
    }
    int y = HEADER;
    for (Workstream w : rows) {
      String label = w.id() + w.outcome().map(o -> " " + l.text(o)).orElse("");
      svg.append("<g class=\"workstream\" data-id=\"").append(XmlEscaper.attribute(w.id())).append("\">\n")
          .append("<text x=\"6\" y=\"").append(y + 17).append("\">").append(XmlEscaper.content(shorten(label, 46)))
          .append("<title>").append(XmlEscaper.content(label)).append("</title></text>\n");
      bar(svg, l, axis, workplan.period(), w.schedule(), y);
      svg.append("</g>\n");
      y += ROW_HEIGHT;
    }
    legend(svg, l, y + 14);
    return svg.append("</svg>\n").toString();
  }

  private static void bar(StringBuilder svg, Labels l, Period axis, Optional<Period> period, Schedule schedule, int y) {
    String tip = XmlEscaper.content(l.schedule(schedule));
    if (schedule instanceof ScheduleWindow window) {
      Period p = window.window();
      svg.append("<rect class=\"window\" x=\"").append(x(axis, p.from()) + 1).append("\" y=\"").append(y + 5)
          .append("\" width=\"").append((int) p.months() * MONTH_WIDTH - 2).append("\" height=\"").append(ROW_HEIGHT - 10)
          .append("\" rx=\"3\" fill=\"#2b6cb0\"><title>").append(tip).append("</title></rect>\n");
    } else if (schedule instanceof RecurringSchedule recurring) {
      Period within = recurring.window().or(() -> period).orElse(axis);
      int step = Math.max(1, (int) Math.round(recurring.frequency().approximateMonths()));
      for (YearMonth m = within.from(); !m.isAfter(within.to()); m = m.plusMonths(step)) {
        svg.append("<circle class=\"recurring\" cx=\"").append(x(axis, m) + MONTH_WIDTH / 2).append("\" cy=\"").append(y + ROW_HEIGHT / 2)
            .append("\" r=\"5\" fill=\"#c05621\"><title>").append(tip).append("</title></circle>\n");
      }
    } else if (schedule.isSpecified()) {
      Period across = period.orElse(axis);
      svg.append("<rect class=\"continuous\" x=\"").append(x(axis, across.from()) + 1).append("\" y=\"").append(y + 8)
          .append("\" width=\"").append((int) across.months() * MONTH_WIDTH - 2).append("\" height=\"").append(ROW_HEIGHT - 16)
          .append("\" fill=\"url(#continuous)\" stroke=\"#2b6cb0\"><title>").append(tip).append("</title></rect>\n");
    } else {
      svg.append("<text class=\"unspecified\" x=\"").append(LABEL_WIDTH + 6).append("\" y=\"").append(y + 17)
          .append("\" fill=\"#777\" font-style=\"italic\">").append(tip).append("</text>\n");
    }
  }

  private static void legend(StringBuilder svg, Labels l, int y) {
    int x = 6;
    svg.append("<g class=\"legend\">\n");
    svg.append("<rect x=\"").append(x).append("\" y=\"").append(y - 9).append("\" width=\"18\" height=\"10\" fill=\"#2b6cb0\"/>")
        .append("<text x=\"").append(x + 24).append("\" y=\"").append(y).append("\">").append(XmlEscaper.content(l.word("window"))).append("</text>\n");
    x += 140;
    svg.append("<rect x=\"").append(x).append("\" y=\"").append(y - 9).append("\" width=\"18\" height=\"10\" fill=\"url(#continuous)\" stroke=\"#2b6cb0\"/>")
        .append("<text x=\"").append(x + 24).append("\" y=\"").append(y).append("\">").append(XmlEscaper.content(l.word("continuous"))).append("</text>\n");
    x += 140;
    svg.append("<circle cx=\"").append(x + 9).append("\" cy=\"").append(y - 4).append("\" r=\"5\" fill=\"#c05621\"/>")
        .append("<text x=\"").append(x + 24).append("\" y=\"").append(y).append("\">").append(XmlEscaper.content(l.word("recurring"))).append("</text>\n");
    x += 140;
    svg.append("<rect x=\"").append(x).append("\" y=\"").append(y - 9).append("\" width=\"18\" height=\"10\" fill=\"#fdf6d8\" stroke=\"#d4b106\" stroke-dasharray=\"4 2\"/>")
        .append("<text x=\"").append(x + 24).append("\" y=\"").append(y).append("\">").append(XmlEscaper.content(l.word("period"))).append("</text>\n");
    svg.append("</g>\n");
  }

  /** The months on the axis: the workplan's period widened to every window it schedules. */
  private static Period axis(Workplan workplan, List<Workstream> rows) {
    YearMonth from = workplan.period().map(Period::from).orElse(null);
    YearMonth to = workplan.period().map(Period::to).orElse(null);
    for (Workstream w : rows) {
      Optional<Period> p = w.schedule().period();
      if (p.isPresent()) {
        from = from == null || p.get().from().isBefore(from) ? p.get().from() : from;
        to = to == null || p.get().to().isAfter(to) ? p.get().to() : to;
      }
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

  private static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }
}
