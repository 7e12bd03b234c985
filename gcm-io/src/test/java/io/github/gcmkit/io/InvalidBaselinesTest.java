package io.github.gcmkit.io;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every baseline under {@code invalid-baselines/} fails to read with exactly the expected problems. */
class InvalidBaselinesTest {

  private static final ProblemCorpus CORPUS = new ProblemCorpus("invalid-baselines");

  static Stream<String> baselines() {
    return CORPUS.inputs(".json");
  }

  @ParameterizedTest
  @MethodSource("baselines")
  void reportsEveryProblemExactly(String name) throws Exception {
    CORPUS.check(name, bytes -> GcmBaselines.read(new String(bytes, StandardCharsets.UTF_8)));
  }
}
