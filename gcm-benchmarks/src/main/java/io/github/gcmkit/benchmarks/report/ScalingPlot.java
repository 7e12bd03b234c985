package io.github.gcmkit.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small SVG line chart of time per workstream against the number of networks, on a logarithmic
 * x axis, with error bars: enough to see whether a cost grows linearly with the input.
 */
public final class ScalingPlot {

  /** One line of the chart: its name, colour and points. */
  public record Series(String name, String colour, List<Point> points) {}

  /** One point: the networks and the time per workstream with its error. */
  public record Point(int networks, Estimate nanosPerWorkstream) {}

  private static final int WIDTH = 640;
  private static final int HEIGHT = 400;
  private static final int LEFT = 70;
  private static final int RIGHT = 180;
  private static final int TOP = 40;
  private static final int BOTTOM = 50;

  private ScalingPlot() {}

  /** The chart of {@code series}, titled {@code title}. */
  public static String svg(String title, List<Series> series) {
    double maxY = 0;
    for (Series s : series) {
      for (Point p : s.points()) {
        maxY = Math.max(maxY, p.nanosPerWorkstream().value() + p.nanosPerWorkstream().error());
      }
    }
    double top = niceCeiling(maxY);
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
    svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"14\" font-weight=\"bold\">%s</text>%n",
        LEFT, escape(title)));
    int plotRight = WIDTH - RIGHT;
    int plotBottom = HEIGHT - BOTTOM;
    svg.append(String.format(Locale.ROOT,
        "<path d=\"M%d %d V%d H%d\" fill=\"none\" stroke=\"black\"/>%n", LEFT, TOP, plotBottom, plotRight));
    for (int decade = 10; decade <= 10_000; decade *= 10) {
      double x = x(decade);
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", x, TOP, x, plotBottom));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,d</text>%n", x, plotBottom + 18, decade));
    }
    for (int i = 0; i <= 5; i++) {
      double value = top * i / 5;
      double y = y(value, top);
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y, plotRight, y));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%,.0f</text>%n", LEFT - 6, y + 4, value));
    }
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">networks in the federation (log scale)</text>%n",
        (LEFT + plotRight) / 2, HEIGHT - 12));
    svg.append(String.format(Locale.ROOT,
        "<text transform=\"translate(16 %d) rotate(-90)\" text-anchor=\"middle\">ns per workstream</text>%n",
        (TOP + plotBottom) / 2));
    int legend = TOP + 10;
    for (Series s : series) {
      List<String> path = new ArrayList<>();
      for (Point p : s.points()) {
        double x = x(p.networks());
        Estimate e = p.nanosPerWorkstream();
        path.add(String.format(Locale.ROOT, "%.1f %.1f", x, y(e.value(), top)));
        svg.append(String.format(Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
            x, y(e.value() - e.error(), top), x, y(e.value() + e.error(), top), s.colour()));
        svg.append(String.format(Locale.ROOT,
            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>%n", x, y(e.value(), top), s.colour()));
      }
      if (path.size() > 1) {
        svg.append(String.format(Locale.ROOT,
            "<path d=\"M%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
            String.join(" L", path), s.colour()));
      }
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"4\" fill=\"%s\"/>%n", plotRight + 14, legend - 4, s.colour()));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%d\">%s</text>%n", plotRight + 34, legend + 2, escape(s.name())));
      legend += 20;
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static double x(int networks) {
    double fraction = (Math.log10(networks) - 1) / 3;
    return LEFT + 20 + fraction * (WIDTH - RIGHT - LEFT - 40);
  }

  private static double y(double value, double top) {
    double clamped = Math.max(0, value);
    return HEIGHT - BOTTOM - clamped / top * (HEIGHT - BOTTOM - TOP);
  }

  private static double niceCeiling(double value) {
    if (value <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
