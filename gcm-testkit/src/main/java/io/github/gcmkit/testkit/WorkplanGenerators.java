package io.github.gcmkit.testkit;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.CrossCuttingIssue;
import io.github.gcmkit.model.workplan.Note;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.PriorityKind;
import io.github.gcmkit.model.workplan.Revision;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.WorkplanModalities;
import io.github.gcmkit.model.workplan.Workstream;
import java.util.List;
import java.util.Optional;

/** Generators of workplans, their priorities, workstreams and activity trees. */
final class WorkplanGenerators {

  private static final List<GoverningBody> BODIES = List.of(GoverningBody.values());

  /** Parts of a workplan that statements speak of. */
  private static final List<String> WORKPLAN_PATHS =
      List.of("/modalities", "/priorities/0/leads", "/priorities/0/links", "/priorities/1/schedule");

  /** Ids of earlier workplans that a workplan may revise or replace. */
  private static final List<String> PREVIOUS_WORKPLANS = List.of("wp0", "2018-2019");

  private final CommonGenerators common;

  WorkplanGenerators(CommonGenerators common) {
    this.common = common;
  }

  Generator<Workplan> workplan() {
    return source -> workplan("wp" + source.between(1, 9)).next(source);
  }

  /** A workplan with the id {@code id}. */
  Generator<Workplan> workplan(String id) {
    return source -> {
      Workplan.Builder workplan =
          Workplan.builder()
              .id(id)
              .title(common.name().next(source))
              .period(common.period().optional().next(source))
              .issued(common.partialDate().optional().next(source))
              .livingDocument(source.nextBoolean())
              .revises(Generator.oneOf(PREVIOUS_WORKPLANS).optional().next(source))
              .addAllRevisions(revision().list(0, 2).next(source))
              .addAllIntroduction(common.text().list(0, 2).next(source))
              .modalities(modalities().optional().next(source));
      int core = source.between(1, common.sizes.maxPriorities());
      int thematic = source.between(0, common.sizes.maxPriorities() - core);
      for (int i = 1; i <= core; i++) {
        workplan.addPriority(priority(PriorityKind.CORE, i).next(source));
      }
      for (int i = 1; i <= thematic; i++) {
        workplan.addPriority(priority(PriorityKind.THEMATIC, i).next(source));
      }
      return workplan
          .addAllCrossCuttingIssues(crossCuttingIssue().list(0, 2).next(source))
          .addAllPledges(common.indexed(0, 2, common::pledge).next(source))
          .addAllNotes(common.indexed(0, 2, this::note).next(source))
          .sourcing(common.sourcing(WORKPLAN_PATHS).next(source))
          .build();
    };
  }

  Generator<WorkplanModalities> modalities() {
    return source ->
        WorkplanModalities.builder()
            .meetingFrequency(common.frequency().optional().next(source))
            .coordinator(common.entityRef().optional().next(source))
            .draftedBy(Generator.oneOf(BODIES).optional().next(source))
            .validatedBy(Generator.oneOf(BODIES).optional().next(source))
            .addAllConsultedFirst(Generator.oneOf(BODIES).list(0, 2).next(source))
            .addAllReviewedBy(Generator.oneOf(BODIES).list(0, 2).next(source))
            .progressUpdateFrequency(common.frequency().optional().next(source))
            .addAllProgressUpdatesTo(common.stakeholderRef().list(0, 2).next(source))
            .addAllWording(common.text().list(0, 2).next(source))
            .build();
  }

  Generator<Revision> revision() {
    return source ->
        Revision.builder()
            .date(common.partialDate().optional().next(source))
            .description(common.text().next(source))
            .build();
  }

  Generator<Priority> priority() {
    return source ->
        priority(
                Generator.enumValues(PriorityKind.class).next(source),
                source.between(1, common.sizes.maxPriorities()))
            .next(source);
  }

  /**
   * A priority of {@code kind} numbered {@code number}; its workstreams are numbered {@code
   * number.1}, {@code number.2}, … ({@code T3.1} for thematic ones), unique in a workplan.
   */
  Generator<Priority> priority(PriorityKind kind, int number) {
    String prefix = (kind == PriorityKind.THEMATIC ? "T" : "") + number + ".";
    return source -> {
      Priority.Builder priority =
          Priority.builder()
              .kind(kind)
              .number(number)
              .title(common.text().next(source))
              .links(common.links().next(source))
              .addAllPledges(pledgeNumbers().next(source));
      if (source.chance(70)) {
        priority.addAllWorkstreams(
            common
                .indexed(0, common.sizes.maxWorkstreams(), i -> workstream(prefix + i))
                .next(source));
      } else {
        priority.addAllActivities(activities(common.sizes.maxDepth()).next(source));
        if (source.chance(50)) {
          priority
              .schedule(common.schedule().next(source))
              .addAllLeads(common.stakeholderRef().list(0, 2).next(source))
              .addAllParticipants(common.stakeholderRef().list(0, 2).next(source))
              .leadsWording(common.text().optional().next(source))
              .participantsWording(common.text().optional().next(source));
        }
      }
      return priority.build();
    };
  }

  Generator<Workstream> workstream() {
    return source -> workstream("1." + source.between(1, 9)).next(source);
  }

  /** A workstream with the id {@code id}. */
  Generator<Workstream> workstream(String id) {
    return source ->
        Workstream.builder()
            .id(id)
            .outcome(common.text().optional().next(source))
            .schedule(common.schedule().next(source))
            .addAllLeads(common.stakeholderRef().list(0, 3).next(source))
            .addAllParticipants(common.list(0, common.stakeholderRef()).next(source))
            .leadsWording(common.text().optional().next(source))
            .participantsWording(common.text().optional().next(source))
            .addAllActivities(activities(common.sizes.maxDepth()).next(source))
            .links(common.links().next(source))
            .addAllPledges(pledgeNumbers().next(source))
            .build();
  }

  Generator<Activity> activity() {
    return source -> activity("1", common.sizes.maxDepth()).next(source);
  }

  private Generator<ImmutableList<Activity>> activities(int depth) {
    return common.indexed(0, common.sizes.maxItems(), i -> activity(Integer.toString(i), depth));
  }

  /** An activity with the id {@code id} and sub-activities up to {@code depth} levels deep. */
  private Generator<Activity> activity(String id, int depth) {
    return source -> {
      Activity.Builder activity =
          Activity.builder()
              .id(id)
              .text(common.text().next(source))
              .schedule(common.schedule().optional().next(source))
              .addAllDeliverables(common.text().list(0, 1).next(source))
              .addAllStakeholders(common.stakeholderRef().list(0, 2).next(source))
              .addAllLeads(common.stakeholderRef().list(0, 1).next(source))
              .addAllParticipants(common.stakeholderRef().list(0, 1).next(source))
              .leadsWording(source.chance(20) ? common.text().optional().next(source) : Optional.empty())
              .participantsWording(source.chance(20) ? common.text().optional().next(source) : Optional.empty())
              .addAllEvents(Generator.oneOf(CommonGenerators.EVENT_IDS).list(0, 1).next(source))
              .addAllNotes(Generator.oneOf(List.of("1", "2")).list(0, 1).next(source))
              .addAllPledges(pledgeNumbers().next(source));
      if (depth > 0 && source.chance(40)) {
        activity.addAllSubActivities(
            common
                .indexed(1, common.sizes.maxItems(), i -> activity(id + "." + i, depth - 1))
                .next(source));
      }
      return activity.build();
    };
  }

  /**
   * Pledge dashboard numbers, which may or may not be those of a pledge of the workplan, as in real
   * documents (see {@link CommonGenerators#pledge(int)}).
   */
  private static Generator<ImmutableList<Integer>> pledgeNumbers() {
    return source ->
        source.chance(20)
            ? ImmutableList.of(CommonGenerators.PLEDGE_NUMBERS + source.between(1, 3))
            : ImmutableList.of();
  }

  Generator<CrossCuttingIssue> crossCuttingIssue() {
    return source ->
        CrossCuttingIssue.builder()
            .title(common.name().next(source))
            .addAllDescription(common.text().list(0, 2).next(source))
            .links(common.links().next(source))
            .build();
  }

  Generator<Note> note() {
    return source -> note(source.between(1, 9)).next(source);
  }

  private Generator<Note> note(int index) {
    return source -> Note.of(Integer.toString(index), common.text().next(source));
  }
}
