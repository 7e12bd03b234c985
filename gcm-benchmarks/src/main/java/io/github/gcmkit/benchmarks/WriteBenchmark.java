package io.github.gcmkit.benchmarks;

import io.github.gcmkit.model.network.Federation;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing a federation as compact JSON to a stream: gcmkit's canonical {@code GcmJson.write}
 * against Jackson writing the equivalent {@code JsonNode} tree (the same document, read back from
 * gcmkit's output); and its networks as NDJSON, one network document a line ({@code
 * GcmJson.writeLines}), whose bytes per byte compare with the same baseline.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
@SuppressWarnings("NullAway.Init")
public class WriteBenchmark {

  /** How many networks the federation has. */
  @Param({"100"})
  public int networks;

  private Federation federation;
  private JsonNode tree;
  private ObjectMapper jackson;

  /** Generates the federation and its tree. */
  @Setup(Level.Trial)
  public void setUp() {
    federation = Corpus.federation(networks);
    jackson = JsonMapper.builder().build();
    tree = jackson.readTree(Corpus.json(federation));
  }

  /** The baseline: Jackson writing the tree of the same document. */
  @Benchmark
  public long jacksonTree(ByteCount count) {
    Sink sink = new Sink();
    jackson.writeValue(sink, tree);
    count.bytes += sink.size();
    return sink.size();
  }

  /** gcmkit's canonical writing of the model. */
  @Benchmark
  public long gcmkitWrite(ByteCount count) {
    Sink sink = new Sink();
    Corpus.JSON.write(federation, sink);
    count.bytes += sink.size();
    return sink.size();
  }

  /** gcmkit's NDJSON writing: each network of the federation as a document on a line of its own. */
  @Benchmark
  public long gcmkitLines(ByteCount count) {
    Sink sink = new Sink();
    Corpus.JSON.writeLines(federation.networks(), sink);
    count.bytes += sink.size();
    return sink.size();
  }
}
