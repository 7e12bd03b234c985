package io.github.gcmkit.benchmarks.report;

import java.util.Locale;

/**
 * A measured figure with its error: JMH's score and the half-width of its 99.9% confidence
 * interval. Ratios propagate the relative errors in quadrature.
 *
 * @param value the figure
 * @param error the half-width of its confidence interval, 0 where it is exact
 */
public record Estimate(double value, double error) {

  /** An exact figure. */
  public static Estimate exact(double value) {
    return new Estimate(value, 0);
  }

  /** This figure divided by {@code other}. */
  public Estimate over(Estimate other) {
    double ratio = value / other.value;
    return new Estimate(ratio, Math.abs(ratio) * Math.hypot(relative(), other.relative()));
  }

  /** One over this figure (a time per byte to a rate). */
  public Estimate inverse() {
    return new Estimate(1 / value, relative() / value);
  }

  /** This figure times {@code factor}. */
  public Estimate times(double factor) {
    return new Estimate(value * factor, error * Math.abs(factor));
  }

  private double relative() {
    return value == 0 ? 0 : error / Math.abs(value);
  }

  /** The figure and its error with {@code decimals} decimals: {@code 1.23 ± 0.04}. */
  public String format(int decimals) {
    String number = "%,." + decimals + "f";
    return error == 0
        ? String.format(Locale.ROOT, number, value)
        : String.format(Locale.ROOT, number + " ± " + number, value, error);
  }
}
