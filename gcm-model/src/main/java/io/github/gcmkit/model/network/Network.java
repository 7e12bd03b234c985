package io.github.gcmkit.model.network;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.Invariants;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Membership;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Source;
import io.github.gcmkit.model.Sourcing;
import io.github.gcmkit.model.Statement;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.programme.JointProgramme;
import io.github.gcmkit.model.progress.ProgressReport;
import io.github.gcmkit.model.workplan.Workplan;
import java.util.Optional;
import java.util.List;
import org.immutables.value.Value;

/**
 * A UN migration network at global, regional or national level: its name, the country or countries
 * it covers, the network it reports to, its members, its {@link Charter}, its {@link Workplan}s and
 * the {@link Event}s it organises or depends on.
 *
 * <pre>{@code
 * Network senegal = Network.builder()
 *     .id("sn")
 *     .level(NetworkLevel.NATIONAL)
 *     .name(LocalizedText.fr("Réseau des Nations Unies sur les migrations pour le Sénégal"))
 *     .country("SN")
 *     .reportsTo("wca")
 *     .charter(charter)
 *     .build();
 * }</pre>
 *
 * <p>A national network has a country. Whether the network it reports to exists, and whether the
 * reporting lines form a proper hierarchy, is for the rules to check across a {@link Federation}.
 */
@Value.Immutable
public abstract class Network implements WithNetwork {

  Network() {}

  /** The network's id, unique in a federation ("sn", "wca", "global"). */
  public abstract String id();

  /** Global, regional or national. */
  public abstract NetworkLevel level();

  /** The network's name. */
  public abstract LocalizedText name();

  /** A short name ("Regional Network"), if the documents use one. */
  public abstract Optional<LocalizedText> shortName();

  /** The country of a national network, as an ISO 3166-1 alpha-2 code. */
  public abstract Optional<String> country();

  /** The countries a regional network covers, as ISO 3166-1 alpha-2 codes. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<String> coveredCountries();

  /** The id of the network this one reports to. */
  public abstract Optional<String> reportsTo();

  /** When the network was established ("early 2020"). */
  public abstract Optional<PartialDate> established();

  /** The network's members as recorded. */
  public abstract ImmutableList<Membership> members();

  /** The network's charter (Terms of Reference), if known. */
  public abstract Optional<Charter> charter();

  /** The network's workplans, oldest first. */
  public abstract ImmutableList<Workplan> workplans();

  /** The events the network organises or its workplans depend on. */
  public abstract ImmutableList<Event> events();

  /**
   * The organisations the network's documents name that no catalogue holds (a national ministry, a
   * local NGO, a university), declared with the network so that its documents can name them by code.
   */
  public abstract ImmutableList<Entity> entities();

  /** The documents the network's record is taken from. */
  public abstract ImmutableList<Source> sources();

  /**
   * Where the network's own facts (what it reports to, its members, the countries it covers) come
   * from and what is known of each; its charter and workplans have their own. Unless said,
   * {@linkplain Sourcing#none() none}: no source named, every statement stated.
   */
  @Value.Default
  public Sourcing sourcing() {
    return Sourcing.none();
  }

  /** The joint programmes the network's members run together, as recorded. */
  public abstract ImmutableList<JointProgramme> programmes();

  /** The progress reports on the network's workplans, oldest first. */
  public abstract ImmutableList<ProgressReport> progressReports();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The source with this id. */
  public Optional<Source> source(String id) {
    return sources().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * The organisations known to the network's documents: {@code base} and those of the network's
   * own ({@link #entities()}) whose code and aliases are not already a code or alias of {@code base}
   * or of one of the network's own before them. A strict reader reports such a clash as a problem
   * where the document declares it; this look-up leaves the clashing declaration out.
   */
  public EntityCatalog catalog(EntityCatalog base) {
    EntityCatalog catalog = base;
    for (Entity entity : entities()) {
      if (!known(catalog, entity)) {
        catalog = catalog.plus(entity);
      }
    }
    return catalog;
  }

  private static boolean known(EntityCatalog catalog, Entity entity) {
    return catalog.resolve(entity.id().code()).isPresent()
        || entity.aliases().stream().anyMatch(alias -> catalog.resolve(alias).isPresent());
  }

  /** The workplan with this id. */
  public Optional<Workplan> workplan(String id) {
    return workplans().stream().filter(w -> w.id().equals(id)).findFirst();
  }

  /**
   * The progress reports on the workplan {@code workplanId}, oldest first: those that name it, and,
   * when it is the network's latest workplan, those that name no workplan.
   */
  public ImmutableList<ProgressReport> progressReportsOn(String workplanId) {
    boolean latest =
        !workplans().isEmpty() && workplans().get(workplans().size() - 1).id().equals(workplanId);
    return progressReports().stream()
        .filter(r -> r.workplan().map(workplanId::equals).orElse(latest))
        .collect(ImmutableList.toImmutableList());
  }

  /** The event with this id. */
  public Optional<Event> event(String id) {
    return events().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  @Value.Check
  protected void check() {
    Invariants.checkId("id", id());
    reportsTo().ifPresent(r -> Invariants.checkId("reportsTo", r));
    Invariants.check(
        level() != NetworkLevel.NATIONAL || country().isPresent(),
        "country",
        "invariant.national-no-country",
        id());
    country().ifPresent(c -> Invariants.checkCountry("country", c));
    coveredCountries().forEach(c -> Invariants.checkCountry("coveredCountries", c));
    Invariants.checkUniqueIds("workplans", workplans(), Workplan::id);
    Invariants.checkUniqueIds("events", events(), Event::id);
    Invariants.checkUniqueIds("programmes", programmes(), JointProgramme::id);
    Invariants.checkUniqueIds("progressReports", progressReports(), ProgressReport::id);
    Invariants.checkUniqueIds("entities", entities(), e -> e.id().code());
    Invariants.checkUniqueIds("sources", sources(), Source::id);
    for (int i = 0; i < sourcing().statements().size(); i++) {
      Statement statement = sourcing().statements().get(i);
      if (statement.path().startsWith("/charter/") || statement.path().startsWith("/workplans/")) {
        throw Invariants.violation(
            List.of("sourcing", "statements", Integer.toString(i), "path"),
            "invariant.statement-misplaced",
            statement.path());
      }
    }
  }

  @Override
  public String toString() {
    return "Network(" + id() + ", " + level() + ": " + name() + ")";
  }

  /** Builds {@link Network} values. */
  public static class Builder extends ImmutableNetwork.Builder {}
}
