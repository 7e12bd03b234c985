package io.github.gcmkit.model.progress;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.WorkplanModalities;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a workplan stands as of a date: the latest progress report on it dated no later than that
 * date, and every unit judged from it. A unit that no report speaks of is {@link
 * Standing#NOT_REPORTED}, and with no report at all every unit is: nothing is late for want of a
 * report.
 *
 * <pre>{@code
 * WorkplanProgress progress = WorkplanProgress.of(workplan, network.progressReports(), LocalDate.of(2021, 4, 15));
 * progress.units().stream().filter(u -> u.standing() == Standing.LATE).forEach(...);
 * }</pre>
 */
public final class WorkplanProgress {

  private final Workplan workplan;
  private final LocalDate asOf;
  private final Optional<ProgressReport> latest;
  private final ImmutableList<UnitStanding> units;

  private WorkplanProgress(Workplan workplan, LocalDate asOf, Optional<ProgressReport> latest) {
    this.workplan = workplan;
    this.asOf = asOf;
    this.latest = latest;
    Map<String, UnitProgress> reported = new HashMap<>();
    latest.ifPresent(r -> r.units().forEach(u -> reported.put(u.unit(), u)));
    ImmutableList.Builder<UnitStanding> standings = ImmutableList.builder();
    for (UnitReference unit : UnitReference.all(workplan)) {
      standings.add(judge(unit, Optional.ofNullable(reported.get(unit.reference()))));
    }
    this.units = standings.build();
  }

  /**
   * The progress of {@code workplan} as of {@code asOf}, from those of {@code reports} on it (see
   * {@link io.github.gcmkit.model.network.Network#progressReportsOn(String)}) dated no later than
   * {@code asOf}.
   */
  public static WorkplanProgress of(
      Workplan workplan, Collection<ProgressReport> reports, LocalDate asOf) {
    Optional<ProgressReport> latest =
        reports.stream()
            .filter(r -> !endOf(r.asOf()).isAfter(asOf))
            .max(Comparator.comparing(ProgressReport::asOf));
    return new WorkplanProgress(workplan, asOf, latest);
  }

  /** The workplan. */
  public Workplan workplan() {
    return workplan;
  }

  /** The date the progress is judged as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The latest report used, if any. */
  public Optional<ProgressReport> latestReport() {
    return latest;
  }

  /** Every unit of the workplan in document order, with where it stands. */
  public ImmutableList<UnitStanding> units() {
    return units;
  }

  /**
   * The units a progress table lists: every priority and workstream, and the activities that have a
   * schedule of their own or that the latest report speaks of.
   */
  public ImmutableList<UnitStanding> listed() {
    return units.stream()
        .filter(u -> u.unit().kind() != UnitReference.Kind.ACTIVITY
            || u.unit().schedule().isPresent() || u.reported().isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  /** How many of the {@link #listed()} units stand where, for every standing (zero included). */
  public ImmutableMap<Standing, Integer> counts() {
    Map<Standing, Integer> counts = new EnumMap<>(Standing.class);
    for (Standing s : Standing.values()) {
      counts.put(s, 0);
    }
    listed().forEach(u -> counts.merge(u.standing(), 1, Integer::sum));
    return Maps.immutableEnumMap(counts);
  }

  /**
   * When the next report was due after the latest one, at the cadence the workplan's modalities
   * state for progress updates; empty when no cadence is stated or no report is recorded.
   */
  public Optional<LocalDate> nextReportDue() {
    Optional<Frequency> cadence =
        workplan.modalities().flatMap(WorkplanModalities::progressUpdateFrequency);
    if (cadence.isEmpty() || latest.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(after(endOf(latest.get().asOf()), cadence.get()));
  }

  /** Whether the next report was due before {@link #asOf()}: the latest report is late. */
  public boolean reportLate() {
    return nextReportDue().map(due -> due.isBefore(asOf)).orElse(false);
  }

  /** The last day {@code date} may stand for: the day itself, or the end of its month or year. */
  public static LocalDate endOf(PartialDate date) {
    return date.toLocalDate().orElseGet(() -> date.lastMonth().atEndOfMonth());
  }

  /** The day one {@code frequency} interval after {@code date}. */
  public static LocalDate after(LocalDate date, Frequency frequency) {
    return switch (frequency.unit()) {
      case WEEK -> date.plusWeeks(frequency.interval());
      case MONTH -> date.plusMonths(frequency.interval());
      case YEAR -> date.plusYears(frequency.interval());
    };
  }

  private UnitStanding judge(UnitReference unit, Optional<UnitProgress> reported) {
    if (reported.isEmpty()) {
      return new UnitStanding(unit, Standing.NOT_REPORTED, reported, false);
    }
    ProgressStatus status = reported.get().status();
    boolean ended =
        unit.window().map(Period::to).map(end -> end.isBefore(YearMonth.from(asOf))).orElse(false);
    boolean overdue = ended && !status.isClosed();
    Standing standing =
        switch (status) {
          case DONE -> Standing.DONE;
          case CANCELLED -> Standing.CANCELLED;
          case DELAYED -> Standing.LATE;
          case ON_TRACK, NOT_STARTED -> overdue ? Standing.LATE : Standing.ON_TRACK;
        };
    return new UnitStanding(unit, standing, reported, overdue);
  }
}
