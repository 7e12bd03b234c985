package io.github.gcmkit.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.Message;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Workplan;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Runs the rules of a {@link Profile} over a {@link Federation}, one {@link Network}, one {@link
 * Charter} or one {@link Workplan}, and returns a {@link Report}.
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *     .profile(Profile.baseline())
 *     .entities(EntityCatalog.defaults().plus(myNgo))
 *     .parallelism(4)
 *     .build();
 * Report report = validator.validate(federation);
 * }</pre>
 *
 * <p>Validating a federation runs every rule: charter rules on each network's charter, workplan
 * rules on each workplan, network rules on each network, federation rules once. Validating a
 * network runs the charter, workplan and network rules; a charter or a workplan, only the rules
 * that target it. A network without a charter (or without a workplan) makes its charter (or
 * workplan) rules {@link NotEvaluated not evaluated}.
 *
 * <p>A validator is immutable and thread-safe. Evaluation is linear in the size of the input;
 * with {@link Builder#parallelism(int)} the rules run on several threads and the report is
 * identical.
 */
public final class Validator {

  private static final JsonPointer ROOT = JsonPointer.root();

  private final ImmutableList<ConfiguredRule> rules;
  private final EntityCatalog entities;
  private final Baseline baseline;
  private final ImmutableList<Baseline.Entry> expired;
  private final Optional<String> catalogVersion;
  private final int parallelism;

  private Validator(Builder builder) {
    RuleCatalog catalog = builder.catalog != null ? builder.catalog : RuleCatalog.installed();
    this.rules = builder.profile.resolve(catalog);
    this.catalogVersion = catalog.version();
    this.entities = builder.entities;
    // An entry accepts its finding up to the day before it expires; from then on the finding is
    // reported again and the entry listed as expired.
    LocalDate day = builder.asOf != null ? builder.asOf : LocalDate.now(ZoneOffset.UTC);
    this.baseline = builder.baseline.activeOn(day);
    this.expired = builder.baseline.expiredOn(day).asList();
    this.parallelism = builder.parallelism;
  }

  /**
   * A validator of {@code profile} over the installed rules and the default entity catalogue.
   *
   * @throws ProfileException if the profile does not fit the installed rules
   */
  public static Validator of(Profile profile) {
    return builder().profile(profile).build();
  }

  /** A builder, by default of the {@link Profile#baseline() baseline} profile. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rules this validator runs, as its profile configures them. */
  public ImmutableList<ConfiguredRule> rules() {
    return rules;
  }

  /** Validates every network of {@code federation} and the relations between them. */
  public Report validate(Federation federation) {
    Run run =
        new Run(
            Set.of(Target.CHARTER, Target.WORKPLAN, Target.NETWORK, Target.FEDERATION),
            new EventIndex(Optional.of(federation), Optional.empty()),
            new NetworkRanks(Lists.transform(federation.networks(), Network::id)));
    for (int i = 0; i < federation.networks().size(); i++) {
      run.network(federation.networks().get(i), Subject.NETWORKS.item(i), Optional.of(federation));
    }
    run.part();
    run.add(Target.FEDERATION, run.subject(federation, ROOT, Optional.empty(), ROOT, Optional.of(federation)));
    return run.report();
  }

  /** Validates {@code network}: its charter, its workplans and the network as a whole. */
  public Report validate(Network network) {
    Run run =
        new Run(
            Set.of(Target.CHARTER, Target.WORKPLAN, Target.NETWORK),
            new EventIndex(Optional.empty(), Optional.of(network)),
            new NetworkRanks(List.of(network.id())));
    run.network(network, ROOT, Optional.empty());
    return run.report();
  }

  /** Validates {@code charter} on its own, outside any network. */
  public Report validate(Charter charter) {
    Run run =
        new Run(Set.of(Target.CHARTER), new EventIndex(Optional.empty(), Optional.empty()), new NetworkRanks(List.of()));
    run.add(Target.CHARTER, run.subject(charter, ROOT, Optional.empty(), ROOT, Optional.empty()));
    return run.report();
  }

  /** Validates {@code workplan} on its own, outside any network. */
  public Report validate(Workplan workplan) {
    Run run =
        new Run(Set.of(Target.WORKPLAN), new EventIndex(Optional.empty(), Optional.empty()), new NetworkRanks(List.of()));
    run.add(Target.WORKPLAN, run.subject(workplan, ROOT, Optional.empty(), ROOT, Optional.empty()));
    return run.report();
  }

  /** One validation: the rules that apply, the evaluations to run, and the outcomes known up front. */
  private final class Run {

    private final ImmutableList<ConfiguredRule> applicable;
    private final List<Evaluation> evaluations = new ArrayList<>();
    /** Where each part of the evaluations begins: a network's, or the federation's as a whole. */
    private final List<Integer> parts = new ArrayList<>();
    private final List<NotEvaluated> missing = new ArrayList<>();
    private final EventIndex events;
    private final NetworkRanks ranks;
    private @Nullable Network catalogued;
    private EntityCatalog cataloguedEntities = entities;

    Run(Set<Target<?>> targets, EventIndex events, NetworkRanks ranks) {
      this.events = events;
      this.ranks = ranks;
      this.applicable =
          rules.stream()
              .filter(r -> targets.contains(r.rule().target()))
              .collect(ImmutableList.toImmutableList());
    }

    Subject subject(
        Object value,
        JsonPointer base,
        Optional<Network> network,
        JsonPointer networkBase,
        Optional<Federation> federation) {
      return new Subject(value, base, network, networkBase, federation, events, ranks);
    }

    void add(Target<?> target, Subject subject) {
      EntityCatalog known = entitiesOf(subject);
      for (int r = 0; r < applicable.size(); r++) {
        if (applicable.get(r).rule().target() == target) {
          evaluations.add(new Evaluation(applicable.get(r), r, subject, known));
        }
      }
    }

    /** The organisations the subject's documents can name: the catalogue and its network's own. */
    private EntityCatalog entitiesOf(Subject subject) {
      Optional<Network> network = subject.network();
      if (network.isEmpty() || network.get().entities().isEmpty()) {
        return entities;
      }
      if (network.get() != catalogued) {
        catalogued = network.get();
        cataloguedEntities = catalogued.catalog(entities);
      }
      return cataloguedEntities;
    }

    /** Begins a part of the evaluations that runs on one thread: a network's, or the federation's. */
    void part() {
      parts.add(evaluations.size());
    }

    void network(Network network, JsonPointer base, Optional<Federation> federation) {
      part();
      Optional<Network> self = Optional.of(network);
      add(Target.NETWORK, subject(network, base, self, base, federation));
      if (network.charter().isPresent()) {
        add(Target.CHARTER, subject(network.charter().get(), base.member("charter"), self, base, federation));
      } else {
        absent(Target.CHARTER, network, base, "charter", "network.no-charter");
      }
      for (int j = 0; j < network.workplans().size(); j++) {
        JsonPointer at = base.member("workplans").item(j);
        add(Target.WORKPLAN, subject(network.workplans().get(j), at, self, base, federation));
      }
      if (network.workplans().isEmpty()) {
        absent(Target.WORKPLAN, network, base, "workplans", "network.no-workplan");
      }
    }

    /**
     * Every rule of {@code target} not evaluated for want of the network's {@code field}: the
     * entries share one network id, pair of pointers and reason, so that a corpus of many bare
     * networks costs a few references per rule and network.
     */
    private void absent(Target<?> target, Network network, JsonPointer base, String field, String reason) {
      Optional<String> id = Optional.of(network.id());
      JsonPointer local = JsonPointer.root().member(field);
      Message why = Engine.MESSAGES.message(reason, network.id());
      for (ConfiguredRule rule : applicable) {
        if (rule.rule().target() == target) {
          missing.add(ImmutableNotEvaluated.of(rule.id(), id, base, local, why));
        }
      }
    }

    Report report() {
      if (parallelism > 1 && evaluations.size() > 1) {
        return inPool(() -> collect(true));
      }
      return collect(false);
    }

    /**
     * Runs the evaluations part by part — a network's, the federation's — and sorts each part's
     * findings on the thread that ran it, on the pool's threads if {@code parallel}; then merges the
     * parts into the report. An evaluation keeps its own findings, so the threads share nothing they
     * write.
     */
    private Report collect(boolean parallel) {
      int[] starts = new int[parts.size() + 2];
      for (int p = 0; p < parts.size(); p++) {
        starts[p + 1] = parts.get(p);
      }
      starts[starts.length - 1] = evaluations.size();
      FindingKey.Part[] sorted = new FindingKey.Part[starts.length - 1];
      List<List<NotEvaluated>> undecided = new ArrayList<>(Collections.nCopies(sorted.length, List.of()));
      IntStream indices = IntStream.range(0, sorted.length);
      (parallel ? indices.parallel() : indices).forEach(p -> {
        List<Evaluation> part = evaluations.subList(starts[p], starts[p + 1]);
        part.forEach(Evaluation::run);
        sorted[p] = FindingKey.sorted(part);
        undecided.set(p, undecidedIn(part));
      });
      // Each part's undecided elements are in order already: the report's sort merges them.
      List<NotEvaluated> notEvaluated = new ArrayList<>(missing);
      undecided.forEach(notEvaluated::addAll);
      boolean[] found = new boolean[applicable.size()];
      boolean[] judged = new boolean[applicable.size()];
      for (Evaluation evaluation : evaluations) {
        found[evaluation.ruleIndex()] |= !evaluation.findings().isEmpty();
        judged[evaluation.ruleIndex()] |= evaluation.judged();
      }
      return Report.of(applicable, FindingKey.merge(Arrays.asList(sorted)), ruleIds(found), notEvaluated,
          ruleIds(judged), baseline, expired, catalogVersion);
    }

    /** What {@code evaluations} left undecided, in the report's order. */
    private List<NotEvaluated> undecidedIn(List<Evaluation> evaluations) {
      List<NotEvaluated> undecided = new ArrayList<>();
      for (Evaluation evaluation : evaluations) {
        if (!evaluation.notEvaluated().isEmpty()) {
          undecided.addAll(evaluation.notEvaluated());
        }
      }
      undecided.sort(Report.NOT_EVALUATED_ORDER);
      return undecided;
    }

    /** The ids of the applicable rules marked in {@code marked}. */
    private Set<String> ruleIds(boolean[] marked) {
      Set<String> ids = new HashSet<>();
      for (int r = 0; r < marked.length; r++) {
        if (marked[r]) {
          ids.add(applicable.get(r).id());
        }
      }
      return ids;
    }

    /**
     * The exception a rule threw. The fork/join framework rethrows a copy of an exception thrown on
     * another thread (same class, the original as cause, its {@code toString()} as message), and may
     * copy a copy.
     */
    private static RuntimeException original(RuntimeException thrown) {
      RuntimeException e = thrown;
      while (e.getCause() instanceof RuntimeException cause
          && cause.getClass() == e.getClass()
          && cause.toString().equals(e.getMessage())) {
        e = cause;
      }
      return e;
    }

    /** What {@code task} gives, worked out on a pool of the validator's threads. */
    private Report inPool(Callable<Report> task) {
      ForkJoinPool pool = new ForkJoinPool(parallelism);
      try {
        return pool.invoke(ForkJoinTask.adapt(task));
      } catch (RuntimeException e) {
        throw original(e);
      } finally {
        pool.shutdown();
      }
    }
  }

  /** Builds {@link Validator}s. */
  public static final class Builder {

    private Profile profile = Profile.baseline();
    private @org.jspecify.annotations.Nullable RuleCatalog catalog;
    private EntityCatalog entities = EntityCatalog.defaults();
    private Baseline baseline = Baseline.empty();
    private @org.jspecify.annotations.Nullable LocalDate asOf;
    private int parallelism = 1;

    private Builder() {}

    /** The profile to run; {@link Profile#baseline()} by default. */
    public Builder profile(Profile profile) {
      this.profile = profile;
      return this;
    }

    /** The rules the profile selects from; {@link RuleCatalog#installed()} by default. */
    public Builder catalog(RuleCatalog catalog) {
      this.catalog = catalog;
      return this;
    }

    /** The organisations rules resolve codes against; {@link EntityCatalog#defaults()} by default. */
    public Builder entities(EntityCatalog entities) {
      this.entities = entities;
      return this;
    }

    /**
     * The findings to accept; none by default. Its entries that have expired on the day of the
     * validation ({@link #asOf}) accept nothing and are listed in the report's {@link
     * Report#expired()}.
     */
    public Builder baseline(Baseline baseline) {
      this.baseline = baseline;
      return this;
    }

    /**
     * The day of the validation, on which the baseline's entries are judged expired or not; by
     * default the day (in UTC) on which the validator is built.
     */
    public Builder asOf(LocalDate day) {
      this.asOf = day;
      return this;
    }

    /**
     * How many threads evaluate rules; 1 (the calling thread) by default. The report does not
     * depend on it.
     *
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public Builder parallelism(int threads) {
      checkArgument(threads >= 1, "parallelism: %s is not at least 1", threads);
      this.parallelism = threads;
      return this;
    }

    /**
     * The validator.
     *
     * @throws ProfileException if the profile does not fit the catalogue
     */
    public Validator build() {
      return new Validator(this);
    }
  }
}
