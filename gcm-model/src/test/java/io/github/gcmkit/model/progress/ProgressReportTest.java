package io.github.gcmkit.model.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A synthetic quarterly progress report: no real report is described here. */
class ProgressReportTest {

  private final ProgressReport report =
      ProgressReport.builder()
          .id("2021-q1")
          .network("wca")
          .workplan("2020-2021")
          .asOf(PartialDate.of(LocalDate.of(2021, 3, 31)))
          .addUnit(
              UnitProgress.builder()
                  .unit("1.1")
                  .status(ProgressStatus.ON_TRACK)
                  .percentComplete(40)
                  .addMilestone(
                      Milestone.builder()
                          .text(LocalizedText.en("Synthetic milestone"))
                          .reached(true)
                          .build())
                  .build())
          .addUnit(UnitProgress.of("1.2", ProgressStatus.DONE))
          .addDecision(
              DecisionFollowUp.builder()
                  .decision(LocalizedText.en("Synthetic decision"))
                  .status(ProgressStatus.NOT_STARTED)
                  .build())
          .build();

  @Test
  void aUnitIsFoundByItsReference() {
    assertThat(report.unit("1.2")).map(UnitProgress::status).contains(ProgressStatus.DONE);
    assertThat(report.unit("1.3")).isEmpty();
  }

  @Test
  void aUnitIsReportedOnceAtMost() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> report.withUnits(report.units().get(0), report.units().get(0)))
        .withMessage("units[1].unit: '1.1' is reported twice");
  }

  @Test
  void aPercentageIsZeroToHundred() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> UnitProgress.builder().unit("1.1").status(ProgressStatus.DELAYED).percentComplete(101).build())
        .withMessage("percentComplete: 101 is out of range 0..100");
  }

  @Test
  void doneAndCancelledAreClosed() {
    assertThat(ProgressStatus.values())
        .filteredOn(ProgressStatus::isClosed)
        .containsExactly(ProgressStatus.DONE, ProgressStatus.CANCELLED);
  }
}
