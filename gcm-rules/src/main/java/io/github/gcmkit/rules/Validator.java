package io.github.gcmkit.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Workplan;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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
  /** The rules of the baseline's entries that the catalogue has, whether or not they run. */
  private final ImmutableSet<String> baselineRules;
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
    this.baselineRules = baseline.entries().stream()
        .map(Baseline.Entry::ruleId)
        .filter(id -> catalog.rule(id).isPresent())
        .collect(ImmutableSet.toImmutableSet());
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
    Optional<Federation> self = Optional.of(federation);
    // The federation's part first: one part of its own, perhaps the largest, is not left to the end.
    run.part(part -> part.whole(Target.FEDERATION, federation, self));
    for (int i = 0; i < federation.networks().size(); i++) {
      Network network = federation.networks().get(i);
      JsonPointer base = Subject.NETWORKS.item(i);
      int index = i;
      run.part(part -> part.network(network, index, base, self));
    }
    return run.report();
  }

  /** Validates {@code network}: its charter, its workplans and the network as a whole. */
  public Report validate(Network network) {
    Run run =
        new Run(
            Set.of(Target.CHARTER, Target.WORKPLAN, Target.NETWORK),
            new EventIndex(Optional.empty(), Optional.of(network)),
            new NetworkRanks(List.of(network.id())));
    run.part(part -> part.network(network, 0, ROOT, Optional.empty()));
    return run.report();
  }

  /** Validates {@code charter} on its own, outside any network. */
  public Report validate(Charter charter) {
    Run run =
        new Run(Set.of(Target.CHARTER), new EventIndex(Optional.empty(), Optional.empty()), new NetworkRanks(List.of()));
    run.part(part -> part.whole(Target.CHARTER, charter, Optional.empty()));
    return run.report();
  }

  /** Validates {@code workplan} on its own, outside any network. */
  public Report validate(Workplan workplan) {
    Run run =
        new Run(Set.of(Target.WORKPLAN), new EventIndex(Optional.empty(), Optional.empty()), new NetworkRanks(List.of()));
    run.part(part -> part.whole(Target.WORKPLAN, workplan, Optional.empty()));
    return run.report();
  }

  /**
   * One validation: the rules that apply and its parts, each a network's evaluations or those of a
   * subject validated as a whole, made, run and sorted on one thread (on the validator's threads
   * when it has several); then the parts laid side by side into the report.
   */
  private final class Run {

    private final ImmutableList<ConfiguredRule> applicable;
    private final List<Consumer<ValidationPart>> plans = new ArrayList<>();
    private final EventIndex events;
    private final NetworkRanks ranks;

    Run(Set<Target<?>> targets, EventIndex events, NetworkRanks ranks) {
      this.events = events;
      this.ranks = ranks;
      this.applicable =
          rules.stream()
              .filter(r -> targets.contains(r.rule().target()))
              .collect(ImmutableList.toImmutableList());
    }

    /** Adds a part, whose evaluations {@code plan} adds on the thread that runs it. */
    void part(Consumer<ValidationPart> plan) {
      plans.add(plan);
    }

    /**
     * The report: the parts made and run on the calling thread and, if the validator has several,
     * on as many more threads of a pool made for this validation, one fewer than its threads.
     */
    Report report() {
      int helpers = Math.min(parallelism, plans.size()) - 1;
      if (helpers < 1) {
        return collect(null);
      }
      ForkJoinPool pool = new ForkJoinPool(helpers);
      try {
        return collect(pool);
      } catch (RuntimeException e) {
        throw original(e);
      } finally {
        pool.shutdown();
      }
    }

    /**
     * Makes and runs the parts, on this thread and on the threads of {@code helpers} if there are
     * any; each part sorts its own outcomes, so that the threads share nothing they
     * write. Then lays the parts side by side: the findings by network, the undecided elements of
     * each network in the order of the networks' ranks, what mixes networks merged in.
     */
    private Report collect(@Nullable ForkJoinPool helpers) {
      ValidationPart[] done = new ValidationPart[plans.size()];
      AtomicInteger next = new AtomicInteger();
      // Each thread takes the next part not yet taken, one at a time, so that the threads finish
      // together whatever the sizes of the parts; a rule that fails stops them all.
      Runnable worker = () -> {
        try {
          for (int p = next.getAndIncrement(); p < done.length; p = next.getAndIncrement()) {
            ValidationPart part = new ValidationPart(applicable, entities, events, ranks);
            plans.get(p).accept(part);
            done[p] = part.run();
          }
        } catch (RuntimeException e) {
          next.set(done.length);
          throw e;
        }
      };
      List<ForkJoinTask<?>> helping = new ArrayList<>();
      for (int t = 0; helpers != null && t < helpers.getParallelism(); t++) {
        helping.add(helpers.submit(worker));
      }
      worker.run();
      helping.forEach(ForkJoinTask::join);
      List<FindingKey.Part> sorted = new ArrayList<>(done.length);
      boolean[] found = new boolean[applicable.size()];
      boolean[] judged = new boolean[applicable.size()];
      for (ValidationPart part : done) {
        sorted.add(part.findings());
        part.mark(found, judged);
      }
      // Each part's undecided elements are in order: laid by rank, the report's sort finds them so.
      ValidationPart[] byRank = done.clone();
      Arrays.sort(byRank, Comparator.comparingInt(ValidationPart::rank));
      List<NotEvaluated> notEvaluated = new ArrayList<>();
      for (ValidationPart part : byRank) {
        notEvaluated.addAll(part.undecided());
      }
      // An entry of a rule that did not run here (left out by the profile, or of another kind of
      // document) was not judged: it neither accepted a finding nor no longer occurs.
      Set<String> notRun = new HashSet<>(baselineRules);
      applicable.forEach(r -> notRun.remove(r.id()));
      return Report.of(applicable, FindingKey.merge(sorted), ruleIds(found), notEvaluated,
          ruleIds(judged), baseline, notRun, expired, catalogVersion);
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

  }

  /** Builds {@link Validator}s. */
  public static final class Builder {

    private Profile profile = Profile.baseline();
    private @Nullable RuleCatalog catalog;
    private EntityCatalog entities = EntityCatalog.defaults();
    private Baseline baseline = Baseline.empty();
    private @Nullable LocalDate asOf;
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
