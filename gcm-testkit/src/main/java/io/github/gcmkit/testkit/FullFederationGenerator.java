package io.github.gcmkit.testkit;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.charter.AnnualReview;
import io.github.gcmkit.model.charter.ChairSeat;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.Composition;
import io.github.gcmkit.model.charter.CompositionBasis;
import io.github.gcmkit.model.charter.DecisionMethod;
import io.github.gcmkit.model.charter.DecisionRule;
import io.github.gcmkit.model.charter.Governance;
import io.github.gcmkit.model.charter.MeetingModality;
import io.github.gcmkit.model.charter.MeetingPolicy;
import io.github.gcmkit.model.charter.Mission;
import io.github.gcmkit.model.charter.PartnerMeeting;
import io.github.gcmkit.model.charter.ReportingLine;
import io.github.gcmkit.model.charter.Secretariat;
import io.github.gcmkit.model.charter.Tenure;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.PriorityKind;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.Workstream;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Federations of an exact size in which every network is complete, the way a knowledge platform
 * holding every network's documents would see them: full charters and workplans of 5 to 12
 * priorities with 1 to 4 workstreams each and nested activities.
 */
final class FullFederationGenerator {

  /** One regional network for about every this many national networks. */
  private static final int NATIONALS_PER_REGION = 40;

  private static final ImmutableList<String> COUNTRIES =
      ImmutableList.copyOf(Locale.getISOCountries());

  private final CommonGenerators common;
  private final CharterGenerators charters;

  FullFederationGenerator(CommonGenerators common, CharterGenerators charters) {
    this.common = common;
    this.charters = charters;
  }

  Generator<Federation> federation(int networks) {
    return source -> {
      int regions = networks <= 1 ? 0 : Math.max(1, (networks - 1) / (NATIONALS_PER_REGION + 1));
      Federation.Builder federation = Federation.builder();
      federation.addNetwork(network("global", NetworkLevel.GLOBAL, null, null, source));
      for (int r = 1; r <= regions; r++) {
        federation.addNetwork(network("r" + r, NetworkLevel.REGIONAL, "global", null, source));
      }
      for (int n = 1; n < networks - regions; n++) {
        String country = COUNTRIES.get((n - 1) % COUNTRIES.size());
        String id = country.toLowerCase(Locale.ROOT) + "-" + n;
        String region = "r" + (1 + (n - 1) % regions);
        federation.addNetwork(network(id, NetworkLevel.NATIONAL, region, country, source));
      }
      return federation.build();
    };
  }

  private Network network(
      String id,
      NetworkLevel level,
      @Nullable String parent,
      @Nullable String country,
      Source source) {
    Network.Builder network =
        Network.builder()
            .id(id)
            .level(level)
            .name(common.name().next(source))
            .established(common.partialDate().next(source))
            .addAllMembers(common.membership().list(4, 12).next(source))
            .charter(charter(parent, source))
            .addWorkplan(workplan(source));
    if (parent != null) {
      network.reportsTo(parent);
    }
    if (country != null) {
      network.country(country);
    }
    return network.build();
  }

  private Charter charter(@Nullable String parent, Source source) {
    Governance.Builder governance =
        Governance.builder()
            .addCoChair(ChairSeat.of(StakeholderRef.entity("IOM")))
            .addCoChair(
                ChairSeat.builder()
                    .holder(common.entityRef().next(source))
                    .tenure(
                        Tenure.builder()
                            .from(Tenure.rotating(12))
                            .nextHolderNamedAt(GoverningBody.ANNUAL_REVIEW)
                            .build())
                    .build())
            .addAllChairDuties(common.text().list(3, 7).next(source))
            .coordinator(StakeholderRef.entity("IOM"))
            .meetings(
                MeetingPolicy.builder()
                    .frequency(common.frequency().next(source))
                    .asNeeded(source.nextBoolean())
                    .addModalities(MeetingModality.IN_PERSON, MeetingModality.ONLINE)
                    .build())
            .addDecision(
                DecisionRule.builder()
                    .method(DecisionMethod.CONSENSUS)
                    .decidingBody(GoverningBody.NETWORK)
                    .addConsultedFirst(GoverningBody.NETWORK)
                    .build())
            .annualReview(
                AnnualReview.builder()
                    .addAllPurposes(common.text().list(2, 3).next(source))
                    .addAttendees(GoverningBody.NETWORK)
                    .build())
            .secretariat(Secretariat.of(StakeholderRef.entity("IOM")))
            .partnerMeeting(
                PartnerMeeting.builder()
                    .addAllParticipants(common.stakeholderGroup().list(5, 12).next(source))
                    .build());
    if (parent != null) {
      governance.addReportingLine(ReportingLine.toNetwork(parent));
    }
    return Charter.builder()
        .title(common.name().next(source))
        .mission(
            Mission.builder()
                .text(common.text().next(source))
                .addAllEstablishedBy(List.of(StakeholderRef.entity("RC"), StakeholderRef.entity("IOM")))
                .links(common.links().next(source))
                .build())
        .addAllObjectives(common.indexed(8, 12, charters::objective).next(source))
        .composition(
            Composition.builder()
                .basis(CompositionBasis.EVERY_UNCT_ENTITY)
                .addAllMembers(common.membership().list(0, 3).next(source))
                .addAllExternalPartners(common.stakeholderGroup().list(5, 10).next(source))
                .build())
        .governance(governance.build())
        .build();
  }

  private Workplan workplan(Source source) {
    YearMonth from = YearMonth.of(source.between(2019, 2025), 1);
    Workplan.Builder workplan =
        Workplan.builder()
            .id(from.getYear() + "-" + (from.getYear() + 1))
            .title(common.name().next(source))
            .period(Period.of(from, from.plusMonths(23)))
            .livingDocument(true);
    int priorities = source.between(5, 12);
    int core = source.between(1, priorities);
    for (int p = 1; p <= priorities; p++) {
      boolean isCore = p <= core;
      int number = isCore ? p : p - core;
      workplan.addPriority(priority(isCore ? PriorityKind.CORE : PriorityKind.THEMATIC, number, from, source));
    }
    return workplan.build();
  }

  private Priority priority(PriorityKind kind, int number, YearMonth start, Source source) {
    String prefix = (kind == PriorityKind.THEMATIC ? "T" : "") + number + ".";
    Priority.Builder priority =
        Priority.builder()
            .kind(kind)
            .number(number)
            .title(common.text().next(source))
            .links(common.links().next(source));
    int workstreams = source.between(1, 4);
    for (int w = 1; w <= workstreams; w++) {
      priority.addWorkstream(workstream(prefix + w, start, source));
    }
    return priority.build();
  }

  private Workstream workstream(String id, YearMonth start, Source source) {
    YearMonth from = start.plusMonths(source.between(0, 18));
    Schedule schedule =
        source.chance(50)
            ? Schedule.window(from, from.plusMonths(source.between(0, 5)))
            : source.chance(50) ? Schedule.continuous() : Schedule.recurring(Frequency.QUARTERLY);
    return Workstream.builder()
        .id(id)
        .outcome(common.text().next(source))
        .schedule(schedule)
        .addAllLeads(common.entityRef().list(1, 2).next(source))
        .addAllParticipants(common.stakeholderRef().list(1, 5).next(source))
        .addAllActivities(common.indexed(2, 5, i -> activity(Integer.toString(i), 1)).next(source))
        .build();
  }

  private Generator<Activity> activity(String id, int depth) {
    return source -> {
      Activity.Builder activity = Activity.builder().id(id).text(common.text().next(source));
      if (depth > 0 && source.chance(40)) {
        activity.addAllSubActivities(
            common.indexed(1, 3, i -> activity(id + "." + i, depth - 1)).next(source));
      }
      return activity.build();
    };
  }
}
