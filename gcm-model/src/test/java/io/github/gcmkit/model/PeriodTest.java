package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static final YearMonth NOV_2020 = YearMonth.of(2020, 11);
  private static final YearMonth DEC_2020 = YearMonth.of(2020, 12);
  private static final YearMonth DEC_2021 = YearMonth.of(2021, 12);

  @Test
  void rejectsAnEndBeforeTheStart() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.of(DEC_2020, NOV_2020))
        .withMessage("to: 2020-11 is before from 2020-12");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.of(NOV_2020, NOV_2020).withTo(YearMonth.of(2019, 1)))
        .withMessageStartingWith("to: ");
  }

  @Test
  void aSingleMonthIsAPeriod() {
    Period november = Period.of(NOV_2020);

    assertThat(november.from()).isEqualTo(november.to());
    assertThat(november.months()).isEqualTo(1);
  }

  @Test
  void countsContainsAndOverlaps() {
    Period workplan = Period.of(NOV_2020, DEC_2021);

    assertThat(workplan.months()).isEqualTo(14);
    assertThat(workplan.contains(Period.of(NOV_2020, DEC_2020))).isTrue();
    assertThat(workplan.contains(YearMonth.of(2022, 1))).isFalse();
    assertThat(workplan.overlaps(Period.of(YearMonth.of(2021, 12), YearMonth.of(2022, 6)))).isTrue();
    assertThat(workplan.overlaps(Period.of(YearMonth.of(2022, 1)))).isFalse();
    assertThat(workplan).hasToString("2020-11/2021-12");
  }
}
