package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrequencyTest {

  /** Wording from the source documents, and wording of the same kind they may use. */
  static Stream<Arguments> wordings() {
    return Stream.of(
        // West and Central Africa workplan
        Arguments.of("quarterly", Frequency.QUARTERLY),
        Arguments.of("The Regional Network envisions to hold meetings on a quarterly basis.", Frequency.QUARTERLY),
        Arguments.of("provide quarterly updates on progress being made to the Regional Directors", Frequency.QUARTERLY),
        Arguments.of("Send regular (at least once per month) email updates to National UNMN focal points", Frequency.MONTHLY),
        Arguments.of("Organize quarterly webinars for National UNMN", Frequency.QUARTERLY),
        Arguments.of("a newsletter on network activities, to be disseminated on a quarterly basis.", Frequency.QUARTERLY),
        Arguments.of("Organize quarterly a briefing in Dakar with the international community", Frequency.QUARTERLY),
        Arguments.of("Organize half-yearly a briefing in Dakar with international and regional CSOs", Frequency.HALF_YEARLY),
        Arguments.of("Organize once a year –contingent on availability of resources -- a meeting", Frequency.YEARLY),
        // Senegal charter
        Arguments.of("tous les trois mois", Frequency.QUARTERLY),
        Arguments.of("Le Réseau se réunira selon les besoins et en règle générale tous les trois mois ;", Frequency.QUARTERLY),
        Arguments.of("tous les deux mois", Frequency.EVERY_TWO_MONTHS),
        Arguments.of("Organiser une fois par an - en fonction des ressources disponibles - une réunion", Frequency.YEARLY),
        Arguments.of("Une réunion annuelle de l'ensemble des membres du Réseau", Frequency.YEARLY),
        Arguments.of("La coprésidence se fera de manière rotative et annuelle.", Frequency.YEARLY),
        // the same frequencies, worded otherwise
        Arguments.of("QUARTERLY", Frequency.QUARTERLY),
        Arguments.of("every three months", Frequency.QUARTERLY),
        Arguments.of("four times a year", Frequency.QUARTERLY),
        Arguments.of("trimestrielle", Frequency.QUARTERLY),
        Arguments.of("half yearly", Frequency.HALF_YEARLY),
        Arguments.of("twice a year", Frequency.HALF_YEARLY),
        Arguments.of("semi-annually", Frequency.HALF_YEARLY),
        Arguments.of("semi annual", Frequency.HALF_YEARLY),
        Arguments.of("twice yearly", Frequency.HALF_YEARLY),
        Arguments.of("deux fois par an", Frequency.HALF_YEARLY),
        Arguments.of("tous les six mois", Frequency.HALF_YEARLY),
        Arguments.of("every other month", Frequency.EVERY_TWO_MONTHS),
        Arguments.of("every 2 months", Frequency.EVERY_TWO_MONTHS),
        Arguments.of("monthly", Frequency.MONTHLY),
        Arguments.of("une fois par mois", Frequency.MONTHLY),
        Arguments.of("mensuelle", Frequency.MONTHLY),
        Arguments.of("weekly", Frequency.WEEKLY),
        Arguments.of("toutes les deux semaines", Frequency.every(2, FrequencyUnit.WEEK)),
        Arguments.of("annually", Frequency.YEARLY),
        Arguments.of("chaque année", Frequency.YEARLY),
        Arguments.of("every 12 months", Frequency.YEARLY),
        Arguments.of("every two years", Frequency.every(2, FrequencyUnit.YEAR)),
        Arguments.of("trois fois par an", Frequency.every(4, FrequencyUnit.MONTH)));
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @MethodSource("wordings")
  void parsesTheDocumentsWording(String wording, Frequency expected) {
    assertThat(Frequency.parse(wording)).contains(expected);
  }

  @ParameterizedTest(name = "\"{0}\" is no frequency")
  @ValueSource(
      strings = {
        "",
        "   ",
        "selon les besoins",
        "as needed",
        "Continuous",
        "November/December 2020",
        "Follow-up with National UNMN on a regular basis",
        "every blue moon",
        "every 0 months",
        "five times a year",
        "bi-monthly",
        "bi-weekly",
        "bi-annual",
        "semi-monthly",
        "twice monthly",
        "bimensuel"
      })
  void unknownWordingGivesNothing(String wording) {
    assertThat(Frequency.parse(wording)).isEmpty();
  }

  @Test
  void theFirstFrequencyInASentenceWins() {
    assertThat(Frequency.parse("quarterly meetings and a yearly review")).contains(Frequency.QUARTERLY);
    assertThat(Frequency.parse("a yearly review and quarterly meetings")).contains(Frequency.YEARLY);
  }

  @Test
  void twelveMonthsAreAYear() {
    assertThat(Frequency.every(12, FrequencyUnit.MONTH)).isEqualTo(Frequency.YEARLY);
    assertThat(Frequency.every(24, FrequencyUnit.MONTH))
        .isEqualTo(Frequency.every(2, FrequencyUnit.YEAR))
        .hasSameHashCodeAs(Frequency.every(2, FrequencyUnit.YEAR));
    assertThat(Frequency.every(18, FrequencyUnit.MONTH).unit()).isEqualTo(FrequencyUnit.MONTH);
  }

  @Test
  void approximatesTheIntervalInMonths() {
    assertThat(Frequency.QUARTERLY.approximateMonths()).isEqualTo(3.0);
    assertThat(Frequency.YEARLY.approximateMonths()).isEqualTo(12.0);
    assertThat(Frequency.WEEKLY.approximateMonths()).isLessThan(Frequency.MONTHLY.approximateMonths());
  }

  @Test
  void rejectsAnIntervalBelowOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Frequency.every(0, FrequencyUnit.MONTH))
        .withMessageStartingWith("interval: ");
  }

  @Test
  void labelsInEnglishAndFrench() {
    assertThat(Frequency.QUARTERLY.label("en")).isEqualTo("quarterly");
    assertThat(Frequency.QUARTERLY.label("fr")).isEqualTo("tous les trois mois");
    assertThat(Frequency.HALF_YEARLY.label("en")).isEqualTo("half-yearly");
    assertThat(Frequency.MONTHLY.label("fr")).isEqualTo("chaque mois");
    assertThat(Frequency.YEARLY.label("en")).isEqualTo("yearly");
    assertThat(Frequency.EVERY_TWO_MONTHS.label("en")).isEqualTo("every 2 months");
    assertThat(Frequency.every(2, FrequencyUnit.WEEK).label("fr")).isEqualTo("toutes les 2 semaines");
    assertThat(Frequency.QUARTERLY).hasToString("quarterly");
  }

  @Test
  void labelsFollowTheLanguageWhateverTheTagsForm() {
    assertThat(Frequency.QUARTERLY.label("FR")).isEqualTo("tous les trois mois");
    assertThat(Frequency.QUARTERLY.label("fr-CA")).isEqualTo("tous les trois mois");
    assertThat(Frequency.QUARTERLY.label("de")).isEqualTo("quarterly");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wordings")
  void labelsReadBackAsTheSameFrequency(String ignored, Frequency frequency) {
    assertThat(Frequency.parse(frequency.label("en"))).contains(frequency);
    assertThat(Frequency.parse(frequency.label("fr"))).contains(frequency);
  }
}
