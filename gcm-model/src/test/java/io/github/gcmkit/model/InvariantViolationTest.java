package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvariantViolationTest {

  /** The violation of a period from 2020-11 to 2019-12. */
  private static InvariantViolation reversedPeriod() {
    return catchThrowableOfType(
        InvariantViolation.class, () -> Period.of(YearMonth.of(2020, 11), YearMonth.of(2019, 12)));
  }

  @Test
  void aReversedPeriodNamesItsEndAsData() {
    InvariantViolation e = reversedPeriod();

    assertThat(e.field()).containsExactly("to");
    assertThat(e.problem()).isEqualTo("2019-12 is before from 2020-11");
    assertThat(e).hasMessage("to: 2019-12 is before from 2020-11");
  }

  @Test
  void aNationalNetworkWithoutACountryNamesTheCountry() {
    InvariantViolation e =
        catchThrowableOfType(
            InvariantViolation.class,
            () ->
                Network.builder()
                    .id("sn")
                    .level(NetworkLevel.NATIONAL)
                    .name(LocalizedText.en("UN Network on Migration in Senegal"))
                    .build());

    assertThat(e.field()).containsExactly("country");
    assertThat(e.problem()).isEqualTo("national network 'sn' has no country");
  }

  @Test
  void anIdUsedTwiceNamesTheItemByItsPosition() {
    InvariantViolation e =
        catchThrowableOfType(
            InvariantViolation.class,
            () -> Invariants.checkUniqueIds("notes", List.of("1", "2", "1"), id -> id));

    assertThat(e.field()).containsExactly("notes", "2", "id");
    assertThat(e).hasMessage("notes[2].id: '1' is used twice");
  }

  @Test
  void theModelsViolationsAreKeyedAndWordedInEnglishAndFrench() {
    InvariantViolation e = reversedPeriod();

    assertThat(e.key()).hasValue("invariant.period-order");
    assertThat(e.localizedProblem().text(LocalizedText.ENGLISH)).isEqualTo(e.problem());
    assertThat(e.localizedProblem().text(LocalizedText.FRENCH)).isEqualTo("2019-12 précède le début 2020-11");
  }

  @Test
  void aViolationToldInFreeTextHasNoKeyAndReadsTheSameInEveryLanguage() {
    InvariantViolation e = new InvariantViolation(List.of("id"), "taken");

    assertThat(e.key()).isEmpty();
    assertThat(e.localizedProblem().text(LocalizedText.FRENCH)).isEqualTo("taken");
  }

  @Test
  void theBundleOfInvariantsHasTheSameKeysInBothLanguages() {
    assertThat(InvariantViolation.INVARIANTS.frenchKeys())
        .containsExactlyElementsOf(InvariantViolation.INVARIANTS.englishKeys());
  }

  @Test
  void aPathIsSpelledWithItemsInBracketsAndAttributesAfterDots() {
    InvariantViolation e =
        new InvariantViolation(List.of("priorities", "1", "workstreams", "0", "id"), "'1.1' is used twice");

    assertThat(e).hasMessage("priorities[1].workstreams[0].id: '1.1' is used twice");
  }

  @Test
  void aViolationNamesAField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new InvariantViolation(List.of(), "nothing"))
        .withMessageStartingWith("field: ");
  }
}
