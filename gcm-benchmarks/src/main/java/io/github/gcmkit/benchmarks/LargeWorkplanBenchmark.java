package io.github.gcmkit.benchmarks;

import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Validator;
import java.io.ByteArrayInputStream;
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
 * One network whose workplan holds 1,000 to 100,000 workstreams in a single priority: reading its
 * JSON, validating it with the {@code baseline} profile, and writing it. The time per workstream
 * staying flat as the workplan grows shows that nothing in reading, the rules or writing is
 * quadratic in the size of one workplan (the federation benchmarks spread workstreams over many).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
@SuppressWarnings("NullAway.Init")
public class LargeWorkplanBenchmark {

  /** How many workstreams the workplan holds. */
  @Param({"1000", "10000", "100000"})
  public int workstreams;

  private Network network;
  private byte[] json;
  private Validator validator;

  /** Generates the network and its JSON. */
  @Setup(Level.Trial)
  public void setUp() {
    network = Corpus.networkWithWorkstreams(workstreams);
    json = Corpus.json(network);
    validator = Validator.of(Profile.baseline());
  }

  /** Strict reading of the network's JSON. */
  @Benchmark
  public Network read(WorkstreamCount count) {
    count.workstreams += workstreams;
    return Corpus.JSON.read(new ByteArrayInputStream(json), Network.class);
  }

  /** Validation of the network with the baseline profile. */
  @Benchmark
  public Report validate(WorkstreamCount count) {
    count.workstreams += workstreams;
    return validator.validate(network);
  }

  /** Canonical writing of the network as compact JSON. */
  @Benchmark
  public long write(WorkstreamCount count) {
    count.workstreams += workstreams;
    Sink sink = new Sink();
    Corpus.JSON.write(network, sink);
    return sink.size();
  }
}
