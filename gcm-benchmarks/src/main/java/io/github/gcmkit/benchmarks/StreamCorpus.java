package io.github.gcmkit.benchmarks;

import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * NDJSON streaming validation of a large corpus in a small heap: one network document per line,
 * read with {@code GcmJson.stream} and validated with the {@code baseline} profile one by one;
 * the baseline is Jackson reading the same lines into trees in the same run. The corpus is made on
 * the fly from the networks of a generated federation, repeated until it reaches the size asked.
 *
 * <p>Usage: {@code java -Xmx256m -cp benchmarks.jar io.github.gcmkit.benchmarks.StreamCorpus
 * [BYTES [OUTPUT.json]]}, 1 GiB by default.
 */
public final class StreamCorpus {

  /** The distinct networks the corpus repeats. */
  private static final int DISTINCT_NETWORKS = 200;

  private StreamCorpus() {}

  /** Streams the corpus twice, prints the result, and writes it as JSON if an output file is given. */
  public static void main(String[] args) throws IOException {
    long size = args.length > 0 ? Long.parseLong(args[0]) : 1L << 30;
    List<byte[]> lines =
        Corpus.federation(DISTINCT_NETWORKS).networks().stream()
            .map(n -> Corpus.JSON.write(n).getBytes(StandardCharsets.UTF_8))
            .collect(Collectors.toList());
    Validator validator = Validator.of(Profile.baseline());

    Heap.resetPeak();
    long start = System.nanoTime();
    CyclingCorpus corpus = new CyclingCorpus(lines, size);
    long networks = 0;
    long findings = 0;
    try (Stream<GcmDocument> documents = GcmJson.defaults().stream(corpus)) {
      for (GcmDocument document : (Iterable<GcmDocument>) documents::iterator) {
        Report report = validator.validate((Network) document.value());
        findings += report.findings().size();
        networks++;
      }
    }
    double gcmkitSeconds = (System.nanoTime() - start) / 1e9;
    long gcmkitPeak = Heap.peak();
    long bytes = corpus.delivered();

    Heap.resetPeak();
    start = System.nanoTime();
    long trees = 0;
    try (MappingIterator<JsonNode> values =
        JsonMapper.builder().build().readerFor(JsonNode.class).readValues(new CyclingCorpus(lines, size))) {
      while (values.hasNextValue()) {
        values.nextValue();
        trees++;
      }
    }
    double jacksonSeconds = (System.nanoTime() - start) / 1e9;
    long jacksonPeak = Heap.peak();
    if (trees != networks) {
      throw new IllegalStateException("Jackson read " + trees + " documents, gcmkit " + networks);
    }

    String result =
        String.format(
            Locale.ROOT,
            "{\"bytes\": %d, \"networks\": %d, \"findings\": %d, \"maxHeap\": %d,"
                + " \"gcmkitSeconds\": %.3f, \"gcmkitPeakHeap\": %d,"
                + " \"jacksonSeconds\": %.3f, \"jacksonPeakHeap\": %d}",
            bytes, networks, findings, Heap.max(), gcmkitSeconds, gcmkitPeak, jacksonSeconds, jacksonPeak);
    System.out.printf(
        Locale.ROOT,
        "%,d bytes, %,d networks, heap limit %d MiB: gcmkit read and validated in %.1f s (%.1f MB/s,"
            + " peak heap %d MiB); Jackson read the trees in %.1f s (%.1f MB/s, peak heap %d MiB)%n",
        bytes, networks, Heap.max() >> 20, gcmkitSeconds, bytes / 1e6 / gcmkitSeconds, gcmkitPeak >> 20,
        jacksonSeconds, bytes / 1e6 / jacksonSeconds, jacksonPeak >> 20);
    if (args.length > 1) {
      Files.writeString(Path.of(args[1]), result + "\n");
    }
  }
}
