package io.github.gcmkit.benchmarks;

import io.github.gcmkit.model.network.Federation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retained heap of a loaded federation against the size of its compact JSON, the baseline, with
 * Jackson's tree of the same bytes beside it. Each figure is the heap in use after full
 * collections with the loaded value held, less the heap in use before it was loaded.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.gcmkit.benchmarks.RetainedHeap [NETWORKS
 * [OUTPUT.json]]}, 1,000 networks by default.
 */
public final class RetainedHeap {

  private static final int ROUNDS = 3;

  private RetainedHeap() {}

  /** Measures and prints the result, and writes it as JSON if an output file is given. */
  public static void main(String[] args) throws IOException {
    int networks = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    byte[] json = Corpus.json(Corpus.federation(networks));
    JsonMapper jackson = JsonMapper.builder().build();
    List<Long> model = new ArrayList<>();
    List<Long> tree = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      model.add(retained(() -> Corpus.JSON.read(new ByteArrayInputStream(json), Federation.class)));
      tree.add(retained(() -> jackson.readTree(json)));
    }
    String result =
        String.format(
            Locale.ROOT,
            "{\"networks\": %d, \"jsonBytes\": %d, \"modelBytes\": %d, \"treeBytes\": %d,"
                + " \"modelBytesMin\": %d, \"modelBytesMax\": %d, \"treeBytesMin\": %d, \"treeBytesMax\": %d}",
            networks, json.length, median(model), median(tree),
            min(model), max(model), min(tree), max(tree));
    System.out.printf(
        Locale.ROOT,
        "%d networks: compact JSON %,d bytes; loaded federation %,d bytes (%.2fx); Jackson tree %,d bytes (%.2fx)%n",
        networks, json.length, median(model), median(model) / (double) json.length,
        median(tree), median(tree) / (double) json.length);
    if (args.length > 1) {
      Files.writeString(Path.of(args[1]), result + "\n");
    }
  }

  /** The heap that the value {@code load} returns keeps alive. */
  private static long retained(Load load) {
    long before = Heap.usedAfterGc();
    Object value = load.load();
    long after = Heap.usedAfterGc();
    Reference.reachabilityFence(value);
    return after - before;
  }

  private static long median(List<Long> values) {
    return values.stream().sorted().skip(values.size() / 2).findFirst().orElseThrow();
  }

  private static long min(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).min().orElseThrow();
  }

  private static long max(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).max().orElseThrow();
  }

  /** Loads a value to measure. */
  @FunctionalInterface
  private interface Load {
    Object load();
  }
}
