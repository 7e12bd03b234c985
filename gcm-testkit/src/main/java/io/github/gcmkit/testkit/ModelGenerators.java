package io.github.gcmkit.testkit;

import com.google.common.collect.Streams;
import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.EventSeries;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Membership;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.Pledge;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.charter.AnnualReview;
import io.github.gcmkit.model.charter.ChairSeat;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.CharterObjective;
import io.github.gcmkit.model.charter.Composition;
import io.github.gcmkit.model.charter.DecisionRule;
import io.github.gcmkit.model.charter.ExecutiveCommittee;
import io.github.gcmkit.model.charter.Governance;
import io.github.gcmkit.model.charter.MeetingPolicy;
import io.github.gcmkit.model.charter.Mission;
import io.github.gcmkit.model.charter.PartnerMeeting;
import io.github.gcmkit.model.charter.ReportingLine;
import io.github.gcmkit.model.charter.Secretariat;
import io.github.gcmkit.model.charter.Tenure;
import io.github.gcmkit.model.charter.WorkingGroup;
import io.github.gcmkit.model.charter.WorkingGroupPolicy;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.CrossCuttingIssue;
import io.github.gcmkit.model.workplan.Note;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.Revision;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.WorkplanModalities;
import io.github.gcmkit.model.workplan.Workstream;
import io.github.gcmkit.model.programme.Budget;
import io.github.gcmkit.model.programme.JointProgramme;
import io.github.gcmkit.model.progress.DecisionFollowUp;
import io.github.gcmkit.model.progress.Milestone;
import io.github.gcmkit.model.progress.ProgressReport;
import io.github.gcmkit.model.progress.UnitProgress;
import java.time.YearMonth;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One generator per gcmkit model type, every value built through the model's public builders and
 * so well-formed, with realistic shapes taken from the source documents and sizes bounded by
 * {@link Sizes}.
 *
 * <p>Ids are unique where the model requires it (workstreams in a workplan, activities among
 * siblings, networks in a federation); references between values, such as an activity's event ids
 * or a network's {@code reportsTo}, may point nowhere, as they may in real documents.
 *
 * <pre>{@code
 * ModelGenerators gen = ModelGenerators.defaults();
 * Workplan workplan = gen.workplan().sample(7);
 * Federation big = ModelGenerators.withSizes(Sizes.defaults().withMaxNetworks(50)).federation().sample(1);
 * }</pre>
 */
public final class ModelGenerators {

  private static final ModelGenerators DEFAULTS = new ModelGenerators(Sizes.defaults());

  private final Sizes sizes;
  private final CommonGenerators common;
  private final CharterGenerators charters;
  private final WorkplanGenerators workplans;
  private final DeliveryGenerators delivery;
  private final NetworkGenerators networks;
  private final FullFederationGenerator full;

  private ModelGenerators(Sizes sizes) {
    this.sizes = sizes;
    this.common = new CommonGenerators(sizes);
    this.charters = new CharterGenerators(common);
    this.workplans = new WorkplanGenerators(common);
    this.delivery = new DeliveryGenerators(common);
    this.networks = new NetworkGenerators(common, charters, workplans, delivery);
    this.full = new FullFederationGenerator(common.catalogued());
  }

  /** Generators with {@link Sizes#defaults()}. */
  public static ModelGenerators defaults() {
    return DEFAULTS;
  }

  /** Generators bounded by {@code sizes}. */
  public static ModelGenerators withSizes(Sizes sizes) {
    return new ModelGenerators(sizes);
  }

  /** The bounds these generators keep to. */
  public Sizes sizes() {
    return sizes;
  }

  /** Bilingual text from the source documents' wording, in English or French, often with a translation. */
  public Generator<LocalizedText> localizedText() {
    return common.text();
  }

  /** Months from 2018 to 2026. */
  public Generator<YearMonth> yearMonth() {
    return common.month();
  }

  /** Periods of one month to three years. */
  public Generator<Period> period() {
    return common.period();
  }

  /** Dates known to the year, month or day, sometimes qualified ("early 2020"). */
  public Generator<PartialDate> partialDate() {
    return common.partialDate();
  }

  /** Frequencies, mostly the named ones (quarterly, monthly, yearly, ...). */
  public Generator<Frequency> frequency() {
    return common.frequency();
  }

  /** Schedules of every kind: unspecified, continuous, a window, recurring. */
  public Generator<Schedule> schedule() {
    return common.schedule();
  }

  /** Codes of the default catalogue, and now and then one it does not know. */
  public Generator<EntityId> entityId() {
    return common.entityId();
  }

  /** References to organisations. */
  public Generator<EntityRef> entityRef() {
    return common.entityRef();
  }

  /** Groups of stakeholders in the documents' words. */
  public Generator<StakeholderGroup> stakeholderGroup() {
    return common.stakeholderGroup();
  }

  /** Organisations or groups, as leads and participants are named. */
  public Generator<StakeholderRef> stakeholderRef() {
    return common.stakeholderRef();
  }

  /** Links to GCM objectives, guiding principles and MPTF areas, stated or interpreted. */
  public Generator<GcmLinks> gcmLinks() {
    return common.links();
  }

  /** Memberships with roles and dates. */
  public Generator<Membership> membership() {
    return common.membership();
  }

  /** Organisations outside the default catalogue. */
  public Generator<Entity> entity() {
    return common.entity();
  }

  /** Catalogues, often the defaults extended with generated organisations. */
  public Generator<EntityCatalog> entityCatalog() {
    return common.entityCatalog();
  }

  /** Series of events. */
  public Generator<EventSeries> eventSeries() {
    return common.eventSeries();
  }

  /** Events with organisers, partners, supporters, audience and objectives. */
  public Generator<Event> event() {
    return common.event();
  }

  /** Government pledges. */
  public Generator<Pledge> pledge() {
    return common.pledge();
  }

  /** Charters with mission, objectives, composition and governance. */
  public Generator<Charter> charter() {
    return charters.charter();
  }

  /** Mission statements. */
  public Generator<Mission> mission() {
    return charters.mission();
  }

  /** Charter objectives. */
  public Generator<CharterObjective> charterObjective() {
    return charters.objective();
  }

  /** Compositions of networks. */
  public Generator<Composition> composition() {
    return charters.composition();
  }

  /** Governance, every part optional. */
  public Generator<Governance> governance() {
    return charters.governance();
  }

  /** Co-chair seats, permanent or rotating. */
  public Generator<ChairSeat> chairSeat() {
    return charters.chairSeat();
  }

  /** Tenures of chair seats. */
  public Generator<Tenure> tenure() {
    return charters.tenure();
  }

  /** Executive committees. */
  public Generator<ExecutiveCommittee> executiveCommittee() {
    return charters.executiveCommittee();
  }

  /** Meeting policies. */
  public Generator<MeetingPolicy> meetingPolicy() {
    return charters.meetingPolicy();
  }

  /** Decision rules. */
  public Generator<DecisionRule> decisionRule() {
    return charters.decisionRule();
  }

  /** Working-group policies. */
  public Generator<WorkingGroupPolicy> workingGroupPolicy() {
    return charters.workingGroupPolicy();
  }

  /** Working and technical groups. */
  public Generator<WorkingGroup> workingGroup() {
    return charters.workingGroup();
  }

  /** Annual reviews. */
  public Generator<AnnualReview> annualReview() {
    return charters.annualReview();
  }

  /** Secretariats. */
  public Generator<Secretariat> secretariat() {
    return charters.secretariat();
  }

  /** Reporting lines to networks or stakeholders. */
  public Generator<ReportingLine> reportingLine() {
    return charters.reportingLine();
  }

  /** Yearly meetings with external partners. */
  public Generator<PartnerMeeting> partnerMeeting() {
    return charters.partnerMeeting();
  }

  /** Workplans with core and thematic priorities, workstreams and nested activities. */
  public Generator<Workplan> workplan() {
    return workplans.workplan();
  }

  /** Workplan modalities. */
  public Generator<WorkplanModalities> workplanModalities() {
    return workplans.modalities();
  }

  /** Workplan revisions. */
  public Generator<Revision> revision() {
    return workplans.revision();
  }

  /** Priorities, with workstreams or with activities directly under them. */
  public Generator<Priority> priority() {
    return workplans.priority();
  }

  /** Workstreams with schedules, leads, participants and activities. */
  public Generator<Workstream> workstream() {
    return workplans.workstream();
  }

  /** Activities with nested sub-activities. */
  public Generator<Activity> activity() {
    return workplans.activity();
  }

  /** Cross-cutting issues. */
  public Generator<CrossCuttingIssue> crossCuttingIssue() {
    return workplans.crossCuttingIssue();
  }

  /** Workplan footnotes. */
  public Generator<Note> note() {
    return workplans.note();
  }

  /** Synthetic joint programmes, naming no workplan. */
  public Generator<JointProgramme> jointProgramme() {
    return delivery.programme();
  }

  /** Synthetic joint programmes implementing some units of {@code workplan}. */
  public Generator<JointProgramme> jointProgramme(Workplan workplan) {
    return source -> delivery.programme(source.between(1, 9), Optional.of(workplan)).next(source);
  }

  /** Budgets of joint programmes. */
  public Generator<Budget> budget() {
    return delivery.budget();
  }

  /** Synthetic progress reports on made-up unit ids. */
  public Generator<ProgressReport> progressReport() {
    return delivery.progressReport();
  }

  /**
   * Synthetic progress reports of the network {@code network} on some units of {@code workplan},
   * each unit referred to as {@link io.github.gcmkit.model.progress.UnitProgress#unit()} says.
   */
  public Generator<ProgressReport> progressReport(String network, Workplan workplan) {
    return delivery.progressReport(1, network, Optional.of(workplan));
  }

  /** The progress of one workplan unit. */
  public Generator<UnitProgress> unitProgress() {
    return delivery.unitProgress();
  }

  /** Milestones of workplan units. */
  public Generator<Milestone> milestone() {
    return delivery.milestone();
  }

  /** The follow-up of decisions. */
  public Generator<DecisionFollowUp> decisionFollowUp() {
    return delivery.decisionFollowUp();
  }

  /** Networks of every level, with charters, workplans, events, programmes and progress reports. */
  public Generator<Network> network() {
    return networks.network();
  }

  /** Federations: one global network, regional networks reporting to it, national networks (each for a different country) reporting to a regional one. */
  public Generator<Federation> federation() {
    return networks.federation();
  }

  /**
   * Federations of exactly {@code networks} networks (at least 1) in which every network is
   * complete, for benchmarks and load tests: one global network, a regional network for about every
   * 40 national networks, and national networks (countries repeat beyond the 249 ISO codes), each
   * with a full charter and one workplan of 5 to 12 priorities, 1 to 4 workstreams each and
   * nested activities. Every organisation it names is in {@link EntityCatalog#defaults()}, so that
   * a strict reader with the default catalogue accepts the federation as written. {@link Sizes} do
   * not apply; the same seed gives the same federation.
   */
  public Generator<Federation> fullFederation(int networks) {
    if (networks < 1) {
      throw new IllegalArgumentException("networks: " + networks + " is not at least 1");
    }
    return full.federation(networks);
  }

  /**
   * The networks of {@code fullFederation(networks).sample(seed)}, equal and in the same order, each
   * made only when the stream reaches it: a federation too large to hold can be written as it is
   * made ({@code gcm generate} does). The stream is sequential and can be consumed once.
   */
  public Stream<Network> fullFederationNetworks(int networks, long seed) {
    if (networks < 1) {
      throw new IllegalArgumentException("networks: " + networks + " is not at least 1");
    }
    return Streams.stream(full.networks(networks, Source.seeded(seed)));
  }
}
