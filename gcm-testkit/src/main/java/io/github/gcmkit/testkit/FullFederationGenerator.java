package io.github.gcmkit.testkit;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.PartialDate;
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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Federations of an exact size in which every network is complete, the way a knowledge platform
 * holding every network's documents would see them: full charters and workplans of 5 to 12
 * priorities with 1 to 4 workstreams each and nested activities, events that activities refer to,
 * and regional networks that list the countries of the national networks reporting to them. Every
 * organisation named is one of the default catalogue's.
 */
final class FullFederationGenerator {

  /** One regional network for about every this many national networks. */
  private static final int NATIONALS_PER_REGION = 40;

  /** The most events a regional or global network holds; a national one holds up to 2. */
  private static final int MAX_EVENTS = 4;

  /** How often, in a hundred, an activity refers to one of its network's events. */
  private static final int EVENT_REFERENCE_PERCENT = 15;

  /**
   * How often, in a hundred, an event keeps a date of its own (or none), which may lie outside
   * the workplan's period.
   */
  private static final int EVENT_OUTSIDE_PERCENT = 10;

  /** The length of a workplan: two years, as the source documents' are. */
  private static final int WORKPLAN_MONTHS = 24;

  private static final ImmutableList<String> COUNTRIES =
      ImmutableList.copyOf(Locale.getISOCountries());

  private final CommonGenerators common;
  private final CharterGenerators charters;

  FullFederationGenerator(CommonGenerators common) {
    this.common = common;
    this.charters = new CharterGenerators(common);
  }

  Generator<Federation> federation(int networks) {
    return source -> {
      Federation.Builder federation = Federation.builder();
      networks(networks, source).forEachRemaining(federation::addNetwork);
      return federation.build();
    };
  }

  /**
   * The networks of {@link #federation(int)} drawn from {@code source}, in order, each made only
   * when it is asked for: the global network, the regional ones, then the national ones.
   */
  Iterator<Network> networks(int networks, Source source) {
    int regions = networks <= 1 ? 0 : Math.max(1, (networks - 1) / (NATIONALS_PER_REGION + 1));
    int nationals = networks - 1 - regions;
    List<List<String>> covered = new ArrayList<>();
    for (int r = 0; r < regions; r++) {
      covered.add(new ArrayList<>());
    }
    for (int n = 1; n <= nationals; n++) {
      covered.get(region(n, regions)).add(country(n));
    }
    return new Iterator<>() {
      private int made;

      @Override
      public boolean hasNext() {
        return made < networks;
      }

      @Override
      public Network next() {
        if (!hasNext()) {
          throw new NoSuchElementException("all " + networks + " networks are made");
        }
        int index = made++;
        if (index == 0) {
          return network("global", NetworkLevel.GLOBAL, null, List.of(), source).build();
        }
        if (index <= regions) {
          return network("r" + index, NetworkLevel.REGIONAL, "global", covered.get(index - 1), source)
              .build();
        }
        int n = index - regions;
        String country = country(n);
        String id = country.toLowerCase(Locale.ROOT) + "-" + n;
        String region = "r" + (1 + region(n, regions));
        return network(id, NetworkLevel.NATIONAL, region, List.of(), source).country(country).build();
      }
    };
  }

  /** The country of the {@code n}th national network: the ISO codes in turn. */
  private static String country(int n) {
    return COUNTRIES.get((n - 1) % COUNTRIES.size());
  }

  /** The index of the regional network the {@code n}th national network reports to. */
  private static int region(int n, int regions) {
    return (n - 1) % regions;
  }

  /**
   * A network with its charter, one workplan and its events (regional and global networks hold
   * more, as the regional webinar series do); some activities refer to the network's events.
   */
  private Network.Builder network(
      String id,
      NetworkLevel level,
      @Nullable String parent,
      List<String> coveredCountries,
      Source source) {
    YearMonth start = YearMonth.of(source.between(2019, 2025), 1);
    int events =
        level == NetworkLevel.NATIONAL ? source.between(0, 2) : source.between(1, MAX_EVENTS);
    List<Event> held = common.indexed(events, events, i -> event(i, start)).next(source);
    List<String> eventIds = held.stream().map(Event::id).collect(ImmutableList.toImmutableList());
    Network.Builder network =
        Network.builder()
            .id(id)
            .level(level)
            .name(common.name().next(source))
            .established(common.partialDate().next(source))
            .addAllCoveredCountries(coveredCountries)
            .addAllMembers(common.membership().list(4, 12).next(source))
            .charter(charter(parent, source))
            .addWorkplan(workplan(start, eventIds, source))
            .addAllEvents(held);
    if (parent != null) {
      network.reportsTo(parent);
    }
    return network;
  }

  /** An event, most often dated within the workplan that starts at {@code start}. */
  private Generator<Event> event(int index, YearMonth start) {
    return source -> {
      Event event = common.event(index).next(source);
      return source.chance(EVENT_OUTSIDE_PERCENT)
          ? event
          : event.withDate(PartialDate.of(start.plusMonths(source.between(0, WORKPLAN_MONTHS - 1))));
    };
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

  private Workplan workplan(YearMonth from, List<String> eventIds, Source source) {
    Workplan.Builder workplan =
        Workplan.builder()
            .id(from.getYear() + "-" + (from.getYear() + 1))
            .title(common.name().next(source))
            .period(Period.of(from, from.plusMonths(WORKPLAN_MONTHS - 1)))
            .livingDocument(true);
    int priorities = source.between(5, 12);
    int core = source.between(1, priorities);
    for (int p = 1; p <= priorities; p++) {
      boolean isCore = p <= core;
      int number = isCore ? p : p - core;
      PriorityKind kind = isCore ? PriorityKind.CORE : PriorityKind.THEMATIC;
      workplan.addPriority(priority(kind, number, from, eventIds, source));
    }
    return workplan.build();
  }

  private Priority priority(
      PriorityKind kind, int number, YearMonth start, List<String> eventIds, Source source) {
    String prefix = (kind == PriorityKind.THEMATIC ? "T" : "") + number + ".";
    Priority.Builder priority =
        Priority.builder()
            .kind(kind)
            .number(number)
            .title(common.text().next(source))
            .links(common.links().next(source));
    int workstreams = source.between(1, 4);
    for (int w = 1; w <= workstreams; w++) {
      priority.addWorkstream(workstream(prefix + w, start, eventIds, source));
    }
    return priority.build();
  }

  private Workstream workstream(
      String id, YearMonth start, List<String> eventIds, Source source) {
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
        .addAllActivities(
            common.indexed(2, 5, i -> activity(Integer.toString(i), 1, eventIds)).next(source))
        .build();
  }

  private Generator<Activity> activity(String id, int depth, List<String> eventIds) {
    return source -> {
      Activity.Builder activity = Activity.builder().id(id).text(common.text().next(source));
      if (!eventIds.isEmpty() && source.chance(EVENT_REFERENCE_PERCENT)) {
        activity.addEvent(source.pick(eventIds));
      }
      if (depth > 0 && source.chance(40)) {
        activity.addAllSubActivities(
            common.indexed(1, 3, i -> activity(id + "." + i, depth - 1, eventIds)).next(source));
      }
      return activity.build();
    };
  }
}
