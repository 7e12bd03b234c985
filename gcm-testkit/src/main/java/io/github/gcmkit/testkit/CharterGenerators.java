package io.github.gcmkit.testkit;

import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.GroupKind;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.charter.AnnualReview;
import io.github.gcmkit.model.charter.ChairSeat;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.CharterObjective;
import io.github.gcmkit.model.charter.Composition;
import io.github.gcmkit.model.charter.CompositionBasis;
import io.github.gcmkit.model.charter.DecisionMethod;
import io.github.gcmkit.model.charter.DecisionRule;
import io.github.gcmkit.model.charter.ExecutiveCommittee;
import io.github.gcmkit.model.charter.Governance;
import io.github.gcmkit.model.charter.MeetingModality;
import io.github.gcmkit.model.charter.MeetingPolicy;
import io.github.gcmkit.model.charter.Mission;
import io.github.gcmkit.model.charter.PartnerMeeting;
import io.github.gcmkit.model.charter.ReportingKind;
import io.github.gcmkit.model.charter.ReportingLine;
import io.github.gcmkit.model.charter.Secretariat;
import io.github.gcmkit.model.charter.Tenure;
import io.github.gcmkit.model.charter.TenureKind;
import io.github.gcmkit.model.charter.WorkingGroup;
import io.github.gcmkit.model.charter.WorkingGroupKind;
import io.github.gcmkit.model.charter.WorkingGroupPolicy;
import java.util.List;

/** Generators of charters and every part of their governance. */
final class CharterGenerators {

  /** Parts of a charter that statements speak of. */
  private static final List<String> CHARTER_PATHS =
      List.of(
          "/mission",
          "/composition/members",
          "/governance/coChairs",
          "/governance/meetings",
          "/governance/executiveCommittee/members",
          "/objectives/0/links");

  private static final List<GoverningBody> BODIES = List.of(GoverningBody.values());

  private final CommonGenerators common;

  CharterGenerators(CommonGenerators common) {
    this.common = common;
  }

  Generator<Charter> charter() {
    return source ->
        Charter.builder()
            .title(common.name().optional().next(source))
            .adopted(common.partialDate().optional().next(source))
            .mission(mission().optional().next(source))
            .addAllObjectives(common.indexed(0, common.sizes.maxItems() + 2, this::objective).next(source))
            .composition(composition().optional().next(source))
            .governance(governance().next(source))
            .sourcing(common.sourcing(CHARTER_PATHS).next(source))
            .build();
  }

  Generator<Mission> mission() {
    return source ->
        Mission.builder()
            .text(common.text().next(source))
            .addAllEstablishedBy(common.entityRef().list(0, 2).next(source))
            .addAllGuidedBy(common.text().list(0, 2).next(source))
            .addAllAlignsWith(common.text().list(0, 2).next(source))
            .links(common.links().next(source))
            .build();
  }

  Generator<CharterObjective> objective() {
    return source -> objective(source.between(1, 12)).next(source);
  }

  /** The charter objective numbered {@code index}. */
  Generator<CharterObjective> objective(int index) {
    return source ->
        CharterObjective.builder()
            .id(Integer.toString(index))
            .text(common.text().next(source))
            .links(common.links().next(source))
            .build();
  }

  Generator<Composition> composition() {
    return source ->
        Composition.builder()
            .basis(Generator.enumValues(CompositionBasis.class).optional().next(source))
            .wording(common.text().optional().next(source))
            .addAllMembers(common.list(0, common.membership()).next(source))
            .addAllMemberDuties(common.text().list(0, 2).next(source))
            .addAllExternalPartners(common.list(0, common.stakeholderGroup()).next(source))
            .build();
  }

  Generator<Governance> governance() {
    return source ->
        Governance.builder()
            .addAllCoChairs(chairSeat().list(0, 3).next(source))
            .addAllChairDuties(common.list(0, common.text()).next(source))
            .coordinator(common.entityRef().optional().next(source))
            .executiveCommittee(executiveCommittee().optional().next(source))
            .meetings(meetingPolicy().optional().next(source))
            .addAllDecisions(decisionRule().list(0, 2).next(source))
            .workingGroupPolicy(workingGroupPolicy().optional().next(source))
            .addAllWorkingGroups(common.indexed(0, 2, this::workingGroup).next(source))
            .annualReview(annualReview().optional().next(source))
            .secretariat(secretariat().optional().next(source))
            .addAllReportingLines(reportingLine().list(0, 2).next(source))
            .partnerMeeting(partnerMeeting().optional().next(source))
            .build();
  }

  Generator<ChairSeat> chairSeat() {
    return source ->
        ChairSeat.builder()
            .holder(common.entityRef().next(source))
            .post(common.name().optional().next(source))
            .tenure(tenure().next(source))
            .build();
  }

  Generator<Tenure> tenure() {
    return source -> {
      TenureKind kind = Generator.enumValues(TenureKind.class).next(source);
      Tenure.Builder tenure = Tenure.builder().kind(kind);
      if (kind == TenureKind.ROTATING) {
        if (source.chance(80)) {
          tenure.termMonths(source.pick(List.of(12, 6, 24)));
        }
        if (source.chance(70)) {
          tenure.nextHolderNamedAt(GoverningBody.ANNUAL_REVIEW);
        }
        tenure.addAllEligible(common.stakeholderRef().list(0, 2).next(source));
      }
      return tenure.wording(common.text().optional().next(source)).build();
    };
  }

  Generator<ExecutiveCommittee> executiveCommittee() {
    return source ->
        ExecutiveCommittee.builder()
            .addAllMembers(common.list(0, common.stakeholderRef()).next(source))
            .addAllFunctions(common.text().list(0, 2).next(source))
            .build();
  }

  Generator<MeetingPolicy> meetingPolicy() {
    return source ->
        MeetingPolicy.builder()
            .frequency(common.frequency().optional().next(source))
            .asNeeded(source.nextBoolean())
            .addAllModalities(Generator.enumValues(MeetingModality.class).list(0, 3).next(source))
            .addAllVenues(common.name().list(0, 2).next(source))
            .wording(common.text().optional().next(source))
            .build();
  }

  Generator<DecisionRule> decisionRule() {
    return source ->
        DecisionRule.builder()
            .subject(common.text().optional().next(source))
            .method(Generator.enumValues(DecisionMethod.class).optional().next(source))
            .decidingBody(Generator.oneOf(BODIES).optional().next(source))
            .addAllConsultedFirst(Generator.oneOf(BODIES).list(0, 2).next(source))
            .wording(common.text().optional().next(source))
            .build();
  }

  Generator<WorkingGroupPolicy> workingGroupPolicy() {
    return source ->
        WorkingGroupPolicy.builder()
            .establishedBy(Generator.oneOf(BODIES).optional().next(source))
            .validatedBy(Generator.oneOf(BODIES).optional().next(source))
            .purpose(common.text().optional().next(source))
            .formedAsNeeded(source.nextBoolean())
            .addAllDrawnFrom(common.stakeholderRef().list(0, 2).next(source))
            .chairOpenToAllMembers(Generator.oneOf(List.of(true, false)).optional().next(source))
            .addAllWording(common.text().list(0, 2).next(source))
            .build();
  }

  Generator<WorkingGroup> workingGroup() {
    return source -> workingGroup(source.between(1, 9)).next(source);
  }

  private Generator<WorkingGroup> workingGroup(int index) {
    return source ->
        WorkingGroup.builder()
            .id("wg" + index)
            .name(common.name().next(source))
            .kind(Generator.enumValues(WorkingGroupKind.class).next(source))
            .focus(common.text().optional().next(source))
            .addAllMembers(common.list(0, common.stakeholderRef()).next(source))
            .addAllChairs(common.entityRef().list(0, 2).next(source))
            .coordinator(common.entityRef().optional().next(source))
            .establishedBy(Generator.oneOf(BODIES).optional().next(source))
            .addAllResponsibilities(common.text().list(0, 2).next(source))
            .addAllInvitees(common.stakeholderGroup().list(0, 2).next(source))
            .build();
  }

  Generator<AnnualReview> annualReview() {
    return source ->
        AnnualReview.builder()
            .frequency(source.chance(80) ? Frequency.YEARLY : common.frequency().next(source))
            .addAllPurposes(common.list(0, common.text()).next(source))
            .addAllAttendees(Generator.oneOf(BODIES).list(0, 2).next(source))
            .addAllInvitees(common.stakeholderGroup().list(0, 2).next(source))
            .addAllOutcomes(common.text().list(0, 2).next(source))
            .wording(common.text().optional().next(source))
            .build();
  }

  Generator<Secretariat> secretariat() {
    return source ->
        Secretariat.builder()
            .addAllLeads(common.entityRef().list(0, 2).next(source))
            .addAllSupport(common.entityRef().list(0, 2).next(source))
            .addAllDuties(common.text().list(0, 2).next(source))
            .build();
  }

  Generator<ReportingLine> reportingLine() {
    return source -> {
      ReportingLine.Builder line =
          ReportingLine.builder().kind(Generator.enumValues(ReportingKind.class).next(source));
      if (source.chance(70)) {
        line.network(source.pick(List.of("global", "wca", "r1", "sn")));
      } else {
        line.recipient(common.stakeholderRef().next(source));
      }
      return line.addAllSubjects(common.text().list(0, 2).next(source))
          .frequency(common.frequency().optional().next(source))
          .wording(common.text().optional().next(source))
          .build();
    };
  }

  Generator<PartnerMeeting> partnerMeeting() {
    return source -> {
      StakeholderRef members =
          StakeholderGroup.builder()
              .kind(GroupKind.NETWORK_MEMBERS)
              .wording(LocalizedText.en("all the Network members"))
              .build();
      return PartnerMeeting.builder()
          .condition(common.text().optional().next(source))
          .addParticipant(members)
          .addAllParticipants(common.list(0, common.stakeholderGroup()).next(source))
          .wording(common.text().optional().next(source))
          .build();
    };
  }
}
