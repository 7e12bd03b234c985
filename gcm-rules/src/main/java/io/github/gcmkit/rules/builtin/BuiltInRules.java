package io.github.gcmkit.rules.builtin;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.rules.Rule;

/**
 * The built-in rules, in the order of {@code docs/rules.md}: charter rules, workplan rules, the
 * network rules (joint programmes and progress reports among them) and the federation rules. Public only for {@link io.github.gcmkit.rules.RuleCatalog};
 * this package is not exported.
 */
public final class BuiltInRules {

  private BuiltInRules() {}

  /** Every built-in rule. */
  public static ImmutableList<Rule> all() {
    return ImmutableList.of(
        MissionRequired.rule(),
        MissionGcmReference.rule(),
        CoChairsRequired.rule(),
        CoordinatorSeat.rule(),
        RotationTerm.rule(),
        MeetingFrequency.rule(),
        DecisionRuleRequired.rule(),
        DecisionConsultation.rule(),
        ExecutiveCommitteeMembers.rule(),
        UnMembers.rule(),
        SecretariatRequired.rule(),
        ReportingLineRequired.rule(),
        AnnualReviewRequired.rule(),
        WorkingGroupOpenChair.rule(),
        WholeOfSocietyPartners.rule(),
        HumanRights.rule(),
        PeriodValid.rule(),
        WorkstreamLeadRequired.rule(),
        WorkstreamParticipants.rule(),
        WorkstreamTimelineRequired.rule(),
        TimelineInPeriod.rule(),
        StakeholderResolved.rule(),
        LeadAccountable.rule(),
        GcmLinkage.rule(),
        WorkplanWholeOfSociety.rule(),
        DatedReferenceInPeriod.rule(),
        PledgeReference.rule(),
        PledgeMatches.rule(),
        WorkplanOverlap.rule(),
        UnitReferences.rule(),
        ProgrammeComposition.rule(),
        ProgrammeMarkers.rule(),
        ProgrammeThematicArea.rule(),
        UnitOverdue.rule(),
        DoneBeforeStart.rule(),
        ReportLate.rule(),
        ReportingResolves.rule(),
        ReportingHierarchy.rule(),
        RegionCoversCountry.rule(),
        ProgrammeMembers.rule());
  }
}
