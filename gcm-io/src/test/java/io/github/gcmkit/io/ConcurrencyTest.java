package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Validator;
import io.github.gcmkit.testkit.ModelGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One {@link GcmJson}, one {@link GcmYaml}, one {@link Validator} and one {@link Profile}, shared by
 * eight threads that read, validate and write generated federations all at once, give exactly what
 * one thread gives. The threads start together at a barrier; nothing sleeps; the test gives up after
 * a bounded time instead of hanging.
 */
@Timeout(120)
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int DOCUMENTS = 8;

  private final GcmJson json = GcmJson.with(GeneratedModels.OPTIONS);
  private final GcmYaml yaml = GcmYaml.with(GeneratedModels.OPTIONS);
  private final Profile profile = Profile.builder("shared").from(Profile.baseline())
      .parameter("charter.meetings.frequency", "maxIntervalMonths", 2).build();
  private final Validator validator = Validator.of(profile);
  private final Validator parallel = Validator.builder().profile(profile).parallelism(4).build();

  /** What one document gives: its text, its YAML, and its reports, as text. */
  private List<String> outcome(String text) {
    Federation federation = json.read(text, Federation.class);
    String yamlText = yaml.write(federation);
    Federation fromYaml = yaml.read(yamlText, Federation.class);
    return List.of(
        json.write(federation),
        yamlText,
        validator.validate(federation).toString(),
        parallel.validate(fromYaml).toText("fr"),
        Validator.of(profile).validate(federation).findings().toString());
  }

  @Test
  void eightThreadsGiveWhatOneThreadGives() throws Exception {
    ModelGenerators models = ModelGenerators.defaults();
    List<String> documents = LongStream.range(0, DOCUMENTS)
        .mapToObj(seed -> json.write(models.federation().sample(seed)))
        .collect(Collectors.toList());
    List<List<String>> expected = documents.stream().map(this::outcome).collect(Collectors.toList());

    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<List<String>>>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        Callable<List<List<String>>> run = () -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < DOCUMENTS; i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          List<List<String>> outcomes = new ArrayList<>(Collections.nCopies(DOCUMENTS, List.of()));
          start.await(30, TimeUnit.SECONDS);
          for (int i : order) {
            outcomes.set(i, outcome(documents.get(i)));
          }
          return outcomes;
        };
        runs.add(pool.submit(run));
      }
      for (Future<List<List<String>>> run : runs) {
        List<List<String>> outcomes = run.get(90, TimeUnit.SECONDS);
        for (int i = 0; i < DOCUMENTS; i++) {
          assertThat(outcomes.get(i)).as("document %s", i).containsExactlyElementsOf(expected.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
