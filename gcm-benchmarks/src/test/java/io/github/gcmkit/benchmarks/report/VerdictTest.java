package io.github.gcmkit.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A target is met or missed only where the whole confidence interval says so. */
class VerdictTest {

  @Test
  void judgesTheWholeInterval() {
    assertThat(PerformanceReport.atLeast(new Estimate(0.8, 0.05), 0.7)).isEqualTo("yes");
    assertThat(PerformanceReport.atLeast(new Estimate(0.3, 0.1), 0.7)).isEqualTo("**no**");
    assertThat(PerformanceReport.atLeast(new Estimate(0.75, 0.1), 0.7)).isEqualTo("unsure (yes on the mean)");
    assertThat(PerformanceReport.atMost(new Estimate(0.5, 0.9), 1.3)).isEqualTo("unsure (yes on the mean)");
    assertThat(PerformanceReport.atMost(new Estimate(6.5, 2), 4)).isEqualTo("**no**");
  }
}
