package io.github.gcmkit.benchmarks;

import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating a 300-network federation with the {@code baseline} profile on one thread (the
 * baseline) and on two, this machine's cores. The setup checks that both give the same report.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
@SuppressWarnings("NullAway.Init")
public class ParallelValidateBenchmark {

  /** How many networks the federation has. */
  public static final int NETWORKS = 300;

  /** How many threads evaluate the rules. */
  @Param({"1", "2"})
  public int threads;

  private Federation federation;
  private int workstreams;
  private Validator validator;

  /** Generates the federation and checks that the report does not depend on the threads. */
  @Setup(Level.Trial)
  public void setUp() {
    federation = Corpus.federation(NETWORKS);
    workstreams = Corpus.workstreams(federation);
    validator = Validator.builder().profile(Profile.baseline()).parallelism(threads).build();
    Report single = Validator.of(Profile.baseline()).validate(federation);
    if (!validator.validate(federation).equals(single)) {
      throw new IllegalStateException("the report on " + threads + " threads differs from the single-threaded one");
    }
  }

  /** Validates the federation with the validator's threads. */
  @Benchmark
  public Report validate(WorkstreamCount count) {
    count.workstreams += workstreams;
    return validator.validate(federation);
  }
}
