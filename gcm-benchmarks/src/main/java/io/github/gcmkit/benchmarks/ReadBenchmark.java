package io.github.gcmkit.benchmarks;

import io.github.gcmkit.model.network.Federation;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a federation's compact JSON: gcmkit's strict {@code GcmJson.read}, which checks and binds
 * every field to the model, against Jackson reading the same bytes into a {@code JsonNode} tree
 * (the baseline), and Jackson's tokens alone (the parser's share of either).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
@SuppressWarnings("NullAway.Init")
public class ReadBenchmark {

  /** How many networks the federation has. */
  @Param({"10", "100", "1000"})
  public int networks;

  private byte[] json;
  private int workstreams;
  private ObjectMapper jackson;
  private ModelRebuild rebuild;

  /** Generates the federation and its JSON. */
  @Setup(Level.Trial)
  public void setUp() {
    Federation federation = Corpus.federation(networks);
    json = Corpus.json(federation);
    workstreams = Corpus.workstreams(federation);
    jackson = JsonMapper.builder().build();
    Federation read = Corpus.JSON.read(new ByteArrayInputStream(json), Federation.class);
    rebuild = new ModelRebuild(read);
    if (!rebuild.rebuild().equals(read)) {
      throw new IllegalStateException("the model built again differs from the one read");
    }
  }

  /** The baseline: Jackson's tree of the same bytes. */
  @Benchmark
  public JsonNode jacksonTree(ByteCount count, WorkstreamCount read) {
    count.bytes += json.length;
    read.workstreams += workstreams;
    return jackson.readTree(json);
  }

  /**
   * A second baseline: Jackson's tokens of the same bytes, each string's text taken, and nothing
   * built (the cost of the parser alone, under any binding).
   */
  @Benchmark
  public long jacksonTokens(ByteCount count, WorkstreamCount read) {
    count.bytes += json.length;
    read.workstreams += workstreams;
    long seen = 0;
    try (JsonParser parser = jackson.createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        seen += token == JsonToken.VALUE_STRING ? parser.getString().length() : 1;
      }
    }
    return seen;
  }

  /**
   * A third baseline: the model's own building, nothing read (every value of the read federation
   * built again through its builder, from attribute values already there: {@link ModelRebuild}).
   * With {@link #jacksonTokens}, it is the floor under any reader of the model from Jackson's tokens.
   */
  @Benchmark
  public Object modelBuild(ByteCount count, WorkstreamCount read) {
    count.bytes += json.length;
    read.workstreams += workstreams;
    return rebuild.rebuild();
  }

  /** gcmkit's strict reading into the model. */
  @Benchmark
  public Federation gcmkitRead(ByteCount count, WorkstreamCount read) {
    count.bytes += json.length;
    read.workstreams += workstreams;
    return Corpus.JSON.read(new ByteArrayInputStream(json), Federation.class);
  }
}
