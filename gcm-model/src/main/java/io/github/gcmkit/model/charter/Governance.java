package io.github.gcmkit.model.charter;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.Invariants;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a network governs itself, as its charter says: co-chair seats and their duties, the
 * coordinator, an executive committee, meetings, decisions, working groups, the annual review, the
 * secretariat, reporting lines and the yearly meeting with external partners.
 *
 * <p>Every part is optional: a charter that says nothing about a part leaves it empty, and the
 * rules, not the model, decide whether that is a gap.
 */
@Value.Immutable
public abstract class Governance implements WithGovernance {

  Governance() {}

  /** The chair or co-chair seats, in the charter's order. */
  public abstract ImmutableList<ChairSeat> coChairs();

  /** What the co-chairs must do. */
  public abstract ImmutableList<LocalizedText> chairDuties();

  /** The network's coordinator, if the charter names one ("l'OIM … Coordonnateur du Réseau"). */
  public abstract Optional<StakeholderRef> coordinator();

  /** The executive committee, if the network has one. */
  public abstract Optional<ExecutiveCommittee> executiveCommittee();

  /** How often and how the network meets. */
  public abstract Optional<MeetingPolicy> meetings();

  /** How decisions are taken, for the network as a whole or for particular subjects. */
  public abstract ImmutableList<DecisionRule> decisions();

  /** How working groups are set up, chaired and composed. */
  public abstract Optional<WorkingGroupPolicy> workingGroupPolicy();

  /** The working groups and technical groups that exist. */
  public abstract ImmutableList<WorkingGroup> workingGroups();

  /** The whole-network review meeting. */
  public abstract Optional<AnnualReview> annualReview();

  /** The secretariat. */
  public abstract Optional<Secretariat> secretariat();

  /** To whom the network reports, informs or turns for advice. */
  public abstract ImmutableList<ReportingLine> reportingLines();

  /** The meeting between all members and external partners, usually once a year. */
  public abstract Optional<PartnerMeeting> partnerMeeting();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The working group with this id. */
  public Optional<WorkingGroup> workingGroup(String id) {
    return workingGroups().stream().filter(g -> g.id().equals(id)).findFirst();
  }

  @Value.Check
  protected void check() {
    Invariants.checkUniqueIds("workingGroups", workingGroups(), WorkingGroup::id);
  }

  /** Builds {@link Governance} values. */
  public static class Builder extends ImmutableGovernance.Builder {}
}
