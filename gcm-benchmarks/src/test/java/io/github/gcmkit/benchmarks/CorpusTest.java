package io.github.gcmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.model.network.Federation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The benchmarks' inputs: what the baselines and gcmkit are given is the same document. */
class CorpusTest {

  @Test
  void theCompactJsonReadsBackWithTheDefaultStrictReader() {
    Federation federation = Corpus.federation(12);
    byte[] json = Corpus.json(federation);

    String text = new String(json, StandardCharsets.UTF_8);

    assertThat(GcmJson.defaults().read(text, Federation.class)).isEqualTo(federation);
    assertThat(text.indexOf('\n')).as("one line").isEqualTo(text.length() - 1);
  }

  @Test
  void jacksonWritesTheTreeOfTheDocumentBackToTheSameBytes() {
    byte[] json = Corpus.json(Corpus.federation(3));
    JsonMapper jackson = JsonMapper.builder().build();

    byte[] again = jackson.writeValueAsBytes(jackson.readTree(json));

    assertThat(new String(again, StandardCharsets.UTF_8) + "\n").isEqualTo(new String(json, StandardCharsets.UTF_8));
  }

  @Test
  void countsTheWorkstreamsOfEveryWorkplan() {
    Federation federation = Corpus.federation(4);

    long expected =
        federation.networks().stream()
            .flatMap(n -> n.workplans().stream())
            .mapToLong(w -> w.workstreams().count())
            .sum();
    assertThat(Corpus.workstreams(federation)).isEqualTo(expected).isGreaterThanOrEqualTo(4 * 5);
  }

  @Test
  void theSameSizeGivesTheSameFederation() {
    assertThat(Corpus.json(Corpus.federation(5))).isEqualTo(Corpus.json(Corpus.federation(5)));
  }
}
