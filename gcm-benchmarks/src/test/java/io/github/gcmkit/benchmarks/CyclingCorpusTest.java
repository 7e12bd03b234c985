package io.github.gcmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus made on the fly for the streaming benchmark. */
class CyclingCorpusTest {

  private static final List<byte[]> LINES =
      List.of("{\"a\":1}\n".getBytes(StandardCharsets.UTF_8), "{\"b\":2}\n".getBytes(StandardCharsets.UTF_8));

  @Test
  void repeatsTheLinesUntilTheSizeIsReachedThenEndsAtALineEnd() throws IOException {
    CyclingCorpus corpus = new CyclingCorpus(LINES, 20);

    String text = new String(corpus.readAllBytes(), StandardCharsets.UTF_8);

    assertThat(text).isEqualTo("{\"a\":1}\n{\"b\":2}\n{\"a\":1}\n");
    assertThat(corpus.delivered()).isEqualTo(24);
    assertThat(corpus.read()).isEqualTo(-1);
  }

  @Test
  void readsByteByByteAsWellAsInBlocks() throws IOException {
    CyclingCorpus corpus = new CyclingCorpus(LINES, 8);
    StringBuilder text = new StringBuilder();
    for (int b = corpus.read(); b >= 0; b = corpus.read()) {
      text.append((char) b);
    }
    assertThat(text).hasToString("{\"a\":1}\n");
  }

  @Test
  void needsALine() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CyclingCorpus(List.of(), 10))
        .withMessage("lines: a corpus needs at least one line");
  }
}
