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
 * Validating a whole federation with the {@code baseline} profile, single-threaded, from 10
 * networks (about the real number today) to 10,000: the time per workstream shows whether the
 * cost grows linearly with the input.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@State(Scope.Benchmark)
@SuppressWarnings("NullAway.Init")
public class ValidateBenchmark {

  /** How many networks the federation has. */
  @Param({"10", "100", "1000", "10000"})
  public int networks;

  private Federation federation;
  private int workstreams;
  private Validator validator;

  /** Generates the federation. */
  @Setup(Level.Trial)
  public void setUp() {
    federation = Corpus.federation(networks);
    workstreams = Corpus.workstreams(federation);
    validator = Validator.of(Profile.baseline());
  }

  /** Validates the federation on the calling thread. */
  @Benchmark
  public Report validate(WorkstreamCount count) {
    count.workstreams += workstreams;
    return validator.validate(federation);
  }
}
