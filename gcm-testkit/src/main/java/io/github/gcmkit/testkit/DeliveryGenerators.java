package io.github.gcmkit.testkit;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.programme.Budget;
import io.github.gcmkit.model.programme.FundingSource;
import io.github.gcmkit.model.programme.JointProgramme;
import io.github.gcmkit.model.programme.MarkerScore;
import io.github.gcmkit.model.programme.ProgrammeStatus;
import io.github.gcmkit.model.progress.DecisionFollowUp;
import io.github.gcmkit.model.progress.Milestone;
import io.github.gcmkit.model.progress.ProgressReport;
import io.github.gcmkit.model.progress.ProgressStatus;
import io.github.gcmkit.model.progress.UnitProgress;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.Workstream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Generators of synthetic joint programmes and progress reports. Every value is made up: none
 * describes a real programme or a real report.
 */
final class DeliveryGenerators {

  private static final ImmutableList<String> CURRENCIES = ImmutableList.of("USD", "EUR", "XAF", "XOF", "CHF");

  /** A unit reference that no generated workplan has, as a report may name a unit by mistake. */
  private static final String DANGLING = "9.9/9";

  private final CommonGenerators common;

  DeliveryGenerators(CommonGenerators common) {
    this.common = common;
  }

  Generator<Budget> budget() {
    return source -> Budget.of(source.between(0, 5_000) * 1_000, source.pick(CURRENCIES));
  }

  Generator<JointProgramme> programme() {
    return source -> programme(source.between(1, 9), Optional.empty()).next(source);
  }

  /**
   * A programme with the id {@code jp<index>}; given a workplan, it names that workplan and some of
   * its units.
   */
  Generator<JointProgramme> programme(int index, Optional<Workplan> workplan) {
    return source -> {
      ImmutableList<EntityRef> participants =
          common.entityRef().list(0, 4).next(source);
      JointProgramme.Builder programme =
          JointProgramme.builder()
              .id("jp" + index)
              .title(common.name().next(source))
              .addAllCountries(Generator.oneOf(NetworkGenerators.COUNTRIES).list(0, 2).next(source))
              .region(common.name().optional().next(source))
              .addAllParticipatingOrganisations(participants)
              .addAllPartners(common.stakeholderRef().list(0, 2).next(source))
              .links(common.links().next(source))
              .genderMarker(Generator.enumValues(MarkerScore.class).optional().next(source))
              .humanRightsMarker(Generator.enumValues(MarkerScore.class).optional().next(source))
              .budget(budget().optional().next(source))
              .period(common.period().optional().next(source))
              .status(Generator.enumValues(ProgrammeStatus.class).optional().next(source))
              .fundingSource(Generator.enumValues(FundingSource.class).optional().next(source))
              .funder(common.name().optional().next(source))
              .language(source.nextBoolean() ? "en" : "fr");
      if (!participants.isEmpty() && source.chance(80)) {
        programme.convening(source.pick(participants));
      }
      workplan.ifPresent(
          w -> {
            programme.workplan(w.id());
            List<String> units = units(w);
            if (!units.isEmpty()) {
              programme.addAllImplementsUnits(
                  Generator.oneOf(units).list(0, 2).next(source).stream().distinct().toList());
            }
          });
      return programme.build();
    };
  }

  Generator<Milestone> milestone() {
    return source ->
        Milestone.builder()
            .text(common.text().next(source))
            .reached(source.nextBoolean())
            .date(common.partialDate().optional().next(source))
            .build();
  }

  Generator<UnitProgress> unitProgress() {
    return source -> unitProgress("1." + source.between(1, 9)).next(source);
  }

  /** The progress of the unit {@code unit}. */
  Generator<UnitProgress> unitProgress(String unit) {
    return source -> {
      ProgressStatus status = Generator.enumValues(ProgressStatus.class).next(source);
      UnitProgress.Builder progress =
          UnitProgress.builder()
              .unit(unit)
              .status(status)
              .percentComplete(
                  source.nextBoolean() ? Optional.of(source.between(0, 100)) : Optional.empty())
              .addAllMilestones(milestone().list(0, 2).next(source))
              .narrative(common.text().optional().next(source))
              .addAllEvidence(
                  Generator.oneOf(List.of("https://example.org/evidence/1", "minutes-2021-03"))
                      .list(0, 1)
                      .next(source));
      if (status == ProgressStatus.DONE) {
        progress.completed(common.partialDate().optional().next(source));
      }
      return progress.build();
    };
  }

  Generator<DecisionFollowUp> decisionFollowUp() {
    return source ->
        DecisionFollowUp.builder()
            .decision(common.text().next(source))
            .addAllDecidedBy(common.stakeholderRef().list(0, 2).next(source))
            .date(common.partialDate().optional().next(source))
            .status(Generator.enumValues(ProgressStatus.class).next(source))
            .narrative(common.text().optional().next(source))
            .build();
  }

  Generator<ProgressReport> progressReport() {
    return source ->
        progressReport(1, "n" + source.between(1, 9), Optional.empty()).next(source);
  }

  /**
   * A report with the id {@code pr<index>} of the network {@code network}; given a workplan, it
   * reports on some of that workplan's units, otherwise on made-up unit ids.
   */
  Generator<ProgressReport> progressReport(int index, String network, Optional<Workplan> workplan) {
    return source -> {
      PartialDate asOf = common.partialDate().next(source);
      List<String> candidates =
          workplan.map(DeliveryGenerators::units).orElse(List.of("core-1", "1.1", "1.1/1", "2.3"));
      List<String> units = new ArrayList<>();
      for (String unit : candidates) {
        if (source.chance(50)) {
          units.add(unit);
        }
      }
      if (source.chance(10) && !candidates.contains(DANGLING)) {
        units.add(DANGLING);
      }
      ProgressReport.Builder report =
          ProgressReport.builder()
              .id("pr" + index)
              .network(network)
              .workplan(source.chance(70) ? workplan.map(Workplan::id) : Optional.empty())
              .title(common.name().optional().next(source))
              .asOf(asOf)
              .period(common.period().optional().next(source))
              .addAllSubmittedTo(common.stakeholderRef().list(0, 2).next(source))
              .addAllDecisions(decisionFollowUp().list(0, 2).next(source))
              .language(source.nextBoolean() ? "en" : "fr");
      for (String unit : units) {
        report.addUnit(unitProgress(unit).next(source));
      }
      return report.build();
    };
  }

  /** The references of every unit of {@code workplan}: priorities, workstreams and activities. */
  static List<String> units(Workplan workplan) {
    List<String> units = new ArrayList<>();
    for (Priority priority : workplan.priorities()) {
      units.add(priority.id());
      priority.activities().stream()
          .flatMap(a -> paths(priority.id(), a))
          .forEach(units::add);
      for (Workstream workstream : priority.workstreams()) {
        units.add(workstream.id());
        workstream.activities().stream()
            .flatMap(a -> paths(workstream.id(), a))
            .forEach(units::add);
      }
    }
    return units;
  }

  private static Stream<String> paths(String parent, Activity activity) {
    String path = parent + "/" + activity.id();
    return Stream.concat(
        Stream.of(path), activity.subActivities().stream().flatMap(s -> paths(path, s)));
  }
}
