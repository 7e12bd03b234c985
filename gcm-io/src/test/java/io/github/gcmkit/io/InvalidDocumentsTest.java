package io.github.gcmkit.io;

import java.io.ByteArrayInputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document under {@code invalid/} fails to read with exactly the problems listed in the
 * {@code .problems} file beside it, one per line as {@code line:column pointer: message}.
 */
class InvalidDocumentsTest {

  private static final ProblemCorpus CORPUS = new ProblemCorpus("invalid");

  static Stream<String> documents() {
    return CORPUS.inputs(".json");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void reportsEveryProblemExactly(String name) throws Exception {
    CORPUS.check(name, bytes -> GcmJson.defaults().read(new ByteArrayInputStream(bytes)));
  }
}
