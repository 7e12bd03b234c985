package io.github.gcmkit.testkit;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.Completeness;
import io.github.gcmkit.model.DateQualifier;
import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityKind;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.EventKind;
import io.github.gcmkit.model.EventSeries;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.FrequencyUnit;
import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.GroupKind;
import io.github.gcmkit.model.GuidingPrinciple;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Membership;
import io.github.gcmkit.model.MembershipRole;
import io.github.gcmkit.model.MptfThematicArea;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.Pledge;
import io.github.gcmkit.model.PledgeForm;
import io.github.gcmkit.model.PledgeKind;
import io.github.gcmkit.model.Provenance;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.SourceKind;
import io.github.gcmkit.model.Sourcing;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** Generators of the shared vocabulary: text, dates, schedules, stakeholders, events, pledges. */
final class CommonGenerators {

  private static final YearMonth FIRST_MONTH = YearMonth.of(2018, 1);
  private static final ImmutableList<EntityId> CODES =
      EntityCatalog.defaults().entities().stream()
          .map(Entity::id)
          .collect(ImmutableList.toImmutableList());
  /** Ids of networks as the federation generator names them, for groups that name a network. */
  private static final ImmutableList<String> GROUP_NETWORKS = ImmutableList.of("global", "r1", "r2");
  /** Ids of events as the event generators number them, for references to events. */
  static final ImmutableList<String> EVENT_IDS = ImmutableList.of("e1", "e2", "e3");
  /** The base of generated pledges' dashboard numbers: pledge {@code p3} is number 1003. */
  static final int PLEDGE_NUMBERS = 1000;
  private static final ImmutableList<Frequency> NAMED_FREQUENCIES =
      ImmutableList.of(
          Frequency.QUARTERLY,
          Frequency.MONTHLY,
          Frequency.EVERY_TWO_MONTHS,
          Frequency.HALF_YEARLY,
          Frequency.YEARLY,
          Frequency.WEEKLY);

  final Sizes sizes;
  private final boolean uncatalogued;

  /** Generators that sometimes name organisations the default catalogue does not know. */
  CommonGenerators(Sizes sizes) {
    this(sizes, true);
  }

  private CommonGenerators(Sizes sizes, boolean uncatalogued) {
    this.sizes = sizes;
    this.uncatalogued = uncatalogued;
  }

  /**
   * The same generators, naming only organisations of the default catalogue, as documents that a
   * strict reader with the default catalogue accepts do.
   */
  CommonGenerators catalogued() {
    return new CommonGenerators(sizes, false);
  }

  /** Between {@code min} and the size bound of lists. */
  <T> Generator<ImmutableList<T>> list(int min, Generator<T> item) {
    return item.list(min, Math.max(min, sizes.maxItems()));
  }

  /** Lists whose items know their index, so that their ids are unique among siblings. */
  <T> Generator<ImmutableList<T>> indexed(int min, int max, IntFunction<Generator<T>> item) {
    return source -> {
      int size = source.between(min, Math.max(min, max));
      ImmutableList.Builder<T> list = ImmutableList.builderWithExpectedSize(size);
      for (int i = 1; i <= size; i++) {
        list.add(item.apply(i).next(source));
      }
      return list.build();
    };
  }

  Generator<LocalizedText> text() {
    return pairs(Phrases.STATEMENTS);
  }

  Generator<LocalizedText> name() {
    return pairs(Phrases.NAMES);
  }

  private Generator<LocalizedText> pairs(List<Phrases.Pair> pairs) {
    return source -> {
      Phrases.Pair pair = source.pick(pairs);
      boolean french = source.nextBoolean();
      LocalizedText text =
          french ? LocalizedText.fr(pair.french) : LocalizedText.en(pair.english);
      if (source.chance(60)) {
        text = french
            ? text.withTranslation(LocalizedText.ENGLISH, pair.english)
            : text.withTranslation(LocalizedText.FRENCH, pair.french);
      }
      return text;
    };
  }

  Generator<YearMonth> month() {
    return source -> FIRST_MONTH.plusMonths(source.between(0, 107));
  }

  Generator<Period> period() {
    return source -> {
      YearMonth from = month().next(source);
      return Period.of(from, from.plusMonths(source.between(0, 35)));
    };
  }

  Generator<PartialDate> partialDate() {
    return source -> {
      PartialDate.Builder date = PartialDate.builder().year(source.between(2018, 2026));
      int precision = source.between(0, 2);
      if (precision >= 1) {
        date.month(source.between(1, 12));
      }
      if (precision == 2) {
        date.day(source.between(1, 28));
      } else if (source.chance(20)) {
        date.qualifier(source.pick(List.of(DateQualifier.values())));
      }
      return date.build();
    };
  }

  Generator<Frequency> frequency() {
    return source ->
        source.chance(80)
            ? source.pick(NAMED_FREQUENCIES)
            : Frequency.every(source.between(1, 5), source.pick(List.of(FrequencyUnit.values())));
  }

  Generator<Schedule> schedule() {
    return source ->
        switch (source.between(0, 3)) {
          case 0 -> Schedule.unspecified();
          case 1 -> Schedule.continuous();
          case 2 -> {
            Period window = period().next(source);
            yield Schedule.window(window.from(), window.to());
          }
          default -> {
            Frequency frequency = frequency().next(source);
            yield source.nextBoolean()
                ? Schedule.recurring(frequency)
                : Schedule.recurring(frequency, period().next(source));
          }
        };
  }

  Generator<EntityId> entityId() {
    return source ->
        uncatalogued && source.chance(5)
            ? EntityId.of("LOCAL-NGO-" + source.between(1, 9))
            : source.pick(CODES);
  }

  /**
   * The organisations a network declares of its own ("LOCAL-ORG-4"), when these generators name
   * organisations the catalogue does not know. Their codes are apart from the local NGOs that
   * {@link #entityId()} names, which a consumer's catalogue may hold: a strict reader refuses a
   * declaration that takes a name its catalogue already has.
   */
  Generator<ImmutableList<Entity>> localEntities() {
    return source -> {
      if (!uncatalogued || source.chance(70)) {
        return ImmutableList.of();
      }
      int first = source.between(1, 9);
      return ImmutableList.of(
          Entity.builder()
              .id(EntityId.of("LOCAL-ORG-" + first))
              .kind(EntityKind.CIVIL_SOCIETY)
              .name(name().next(source))
              .addAllAliases(Generator.constant("ORG" + first).list(0, 1).next(source))
              .country(Generator.oneOf(NetworkGenerators.COUNTRIES).optional().next(source))
              .parent(Generator.oneOf(List.of(EntityId.of("CM-GOV"), EntityId.of("SN-GOV")))
                  .optional().next(source))
              .build());
    };
  }

  Generator<EntityRef> entityRef() {
    return entityId().map(EntityRef::of);
  }

  Generator<StakeholderGroup> stakeholderGroup() {
    return source ->
        StakeholderGroup.builder()
            .kind(source.pick(List.of(GroupKind.values())))
            .wording(pairs(Phrases.GROUPS).next(source))
            .addAllEntities(entityId().list(0, 2).next(source))
            .provenance(source.chance(30) ? Provenance.INTERPRETED : Provenance.STATED)
            .network(
                source.chance(25)
                    ? Optional.of(source.pick(GROUP_NETWORKS))
                    : Optional.<String>empty())
            .build();
  }

  Generator<StakeholderRef> stakeholderRef() {
    return source ->
        source.chance(35) ? stakeholderGroup().next(source) : entityRef().next(source);
  }

  Generator<GcmLinks> links() {
    return source -> {
      if (source.chance(30)) {
        return GcmLinks.none();
      }
      GcmLinks.Builder links = GcmLinks.builder();
      links.addAllObjectives(Generator.enumValues(GcmObjective.class).list(0, 3).next(source));
      links.addAllPrinciples(Generator.enumValues(GuidingPrinciple.class).list(0, 2).next(source));
      links.addAllMptfAreas(Generator.enumValues(MptfThematicArea.class).list(0, 1).next(source));
      if (source.chance(40)) {
        links.provenance(Provenance.INTERPRETED);
        text().optional().next(source).ifPresent(links::rationale);
      }
      return links.build();
    };
  }

  /** A source of a network's record with the id {@code s<index>}. */
  Generator<io.github.gcmkit.model.Source> source(int index) {
    return source ->
        io.github.gcmkit.model.Source.builder()
            .id("s" + index)
            .kind(Generator.enumValues(SourceKind.class).next(source))
            .title(name().next(source))
            .date(partialDate().optional().next(source))
            .url(Generator.constant("https://example.org/doc/" + index).optional().next(source))
            .identifier(Generator.constant("DOC/" + index).optional().next(source))
            .note(text().optional().next(source))
            .build();
  }

  /**
   * Where a record comes from: most often {@link Sourcing#none()}, else some of the sources {@code
   * s1} and {@code s2} and statements about some of {@code paths}, each stated, interpreted or
   * unknown, some lists marked partial.
   */
  Generator<Sourcing> sourcing(List<String> paths) {
    return source -> {
      if (source.chance(60)) {
        return Sourcing.none();
      }
      Sourcing.Builder sourcing =
          Sourcing.builder()
              .addAllSources(Generator.oneOf(List.of("s1", "s2")).list(0, 1).next(source))
              .completeness(Generator.enumValues(Completeness.class).next(source));
      for (String path : paths) {
        if (source.chance(30)) {
          sourcing.addStatement(
              Statement.builder()
                  .path(path)
                  .provenance(Generator.enumValues(Provenance.class).next(source))
                  .source(Generator.constant("s1").optional().next(source))
                  .locator(Generator.oneOf(List.of("section 4", "paragraph 2", "line 12")).optional().next(source))
                  .quote(text().optional().next(source))
                  .note(text().optional().next(source))
                  .partial(source.chance(30))
                  .build());
        }
      }
      return sourcing.build();
    };
  }

  Generator<Membership> membership() {
    return source -> {
      Membership.Builder membership =
          Membership.builder()
              .member(entityId().next(source))
              .role(source.pick(List.of(MembershipRole.values())));
      if (source.nextBoolean()) {
        PartialDate since = PartialDate.ofYear(source.between(2018, 2024));
        membership.since(since);
        if (source.chance(20)) {
          membership.until(PartialDate.ofYear(since.year() + source.between(0, 3)));
        }
      }
      return membership.build();
    };
  }

  Generator<Entity> entity() {
    return source -> entity(source.between(1, 999)).next(source);
  }

  /** An entity whose code and aliases are unique to {@code index}. */
  Generator<Entity> entity(int index) {
    return source -> {
      Entity.Builder entity =
          Entity.builder()
              .id(EntityId.of("TEST-ORG-" + index))
              .kind(source.pick(List.of(EntityKind.values())))
              .name(name().next(source));
      if (source.nextBoolean()) {
        entity.addAlias("Test organisation " + index);
      }
      if (source.nextBoolean()) {
        entity.country(source.pick(NetworkGenerators.COUNTRIES));
      }
      return entity.build();
    };
  }

  Generator<EntityCatalog> entityCatalog() {
    return source -> {
      EntityCatalog.Builder catalog = EntityCatalog.builder();
      if (source.chance(70)) {
        catalog.from(EntityCatalog.defaults());
      }
      return catalog.addAllEntities(indexed(0, sizes.maxItems(), this::entity).next(source)).build();
    };
  }

  Generator<EventSeries> eventSeries() {
    return source ->
        EventSeries.builder()
            .title(text().next(source))
            .position(source.between(1, 4))
            .description(text().optional().next(source))
            .build();
  }

  Generator<Event> event() {
    return source -> event(source.between(1, 9)).next(source);
  }

  /** An event with the id {@code e<index>}. */
  Generator<Event> event(int index) {
    return source ->
        Event.builder()
            .id("e" + index)
            .title(text().next(source))
            .kind(source.pick(List.of(EventKind.values())))
            .date(partialDate().optional().next(source))
            .series(eventSeries().optional().next(source))
            .addAllOrganisers(list(0, stakeholderRef()).next(source))
            .addAllPartners(stakeholderRef().list(0, 1).next(source))
            .addAllSupporters(stakeholderRef().list(0, 1).next(source))
            .region(name().optional().next(source))
            .addAllCountries(Generator.oneOf(NetworkGenerators.COUNTRIES).list(0, 2).next(source))
            .addAllAudience(list(0, stakeholderRef()).next(source))
            .addAllObjectives(list(0, text()).next(source))
            .addAllExpectedOutputs(text().list(0, 1).next(source))
            .addAllContext(text().list(0, 1).next(source))
            .links(links().next(source))
            .build();
  }

  Generator<Pledge> pledge() {
    return source -> pledge(source.between(1, 9)).next(source);
  }

  /**
   * A pledge with the id {@code p<index>} and, when it has one, the dashboard number {@link
   * #PLEDGE_NUMBERS}{@code + index}; a pledge it matches, if any, is numbered alike, so that
   * references between generated pledges sometimes hold and sometimes do not.
   */
  Generator<Pledge> pledge(int index) {
    return source ->
        Pledge.builder()
            .id("p" + index)
            .dashboardNumber(
                source.nextBoolean() ? Optional.of(PLEDGE_NUMBERS + index) : Optional.empty())
            .kind(Generator.enumValues(PledgeKind.class).optional().next(source))
            .matches(
                source.chance(20)
                    ? Optional.of(PLEDGE_NUMBERS + source.between(1, 9))
                    : Optional.empty())
            .addAllForms(Generator.enumValues(PledgeForm.class).list(0, 2).next(source))
            .addAllPledgedBy(entityRef().list(1, 2).next(source))
            .text(text().next(source))
            .madeAt(name().optional().next(source))
            .date(partialDate().optional().next(source))
            .event(Generator.oneOf(EVENT_IDS).optional().next(source))
            .links(links().next(source))
            .build();
  }
}
