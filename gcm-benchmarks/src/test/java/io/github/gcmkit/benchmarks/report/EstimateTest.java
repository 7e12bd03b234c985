package io.github.gcmkit.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Figures with errors, and the errors of their ratios. */
class EstimateTest {

  @Test
  void aRatioAddsTheRelativeErrorsInQuadrature() {
    Estimate ratio = new Estimate(60, 3).over(new Estimate(100, 4));

    assertThat(ratio.value()).isCloseTo(0.6, within(1e-12));
    assertThat(ratio.error()).isCloseTo(0.6 * Math.hypot(0.05, 0.04), within(1e-12));
  }

  @Test
  void aTimePerByteTurnsIntoARateWithTheSameRelativeError() {
    Estimate rate = new Estimate(4, 0.2).inverse().times(1000);

    assertThat(rate.value()).isCloseTo(250, within(1e-9));
    assertThat(rate.error()).isCloseTo(12.5, within(1e-9));
  }

  @Test
  void printsTheErrorOnlyWhereThereIsOne() {
    assertThat(new Estimate(1234.5, 12.25).format(1)).isEqualTo("1,234.5 ± 12.3");
    assertThat(Estimate.exact(2).format(2)).isEqualTo("2.00");
  }
}
