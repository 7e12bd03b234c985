package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void isoTextHasFourDigitsOfYearAndTwoOfMonthAndDay() {
    assertThat(PartialDate.ofYear(2020).toIsoString()).isEqualTo("2020");
    assertThat(PartialDate.of(YearMonth.of(2022, 5)).toIsoString()).isEqualTo("2022-05");
    assertThat(PartialDate.of(LocalDate.of(2020, 8, 12)).toIsoString()).isEqualTo("2020-08-12");
    assertThat(PartialDate.ofYear(987).toIsoString()).isEqualTo("0987");
  }

  @Test
  void isoTextUsesAsciiDigitsWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      assertThat(PartialDate.of(LocalDate.of(2020, 8, 12)).toIsoString()).isEqualTo("2020-08-12");
    } finally {
      Locale.setDefault(before);
    }
  }
}
