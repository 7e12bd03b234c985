package io.github.gcmkit.io;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every profile under {@code invalid-profiles/} (JSON, or YAML when its name ends in {@code .yaml})
 * fails to read with exactly the problems listed in the {@code .problems} file beside it.
 */
class InvalidProfilesTest {

  private static final ProblemCorpus CORPUS = new ProblemCorpus("invalid-profiles");

  static Stream<String> profiles() {
    return CORPUS.inputs(".json", ".yaml");
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void reportsEveryProblemExactly(String name) throws Exception {
    CORPUS.check(name, bytes -> {
      String text = new String(bytes, StandardCharsets.UTF_8);
      return name.endsWith(".yaml") ? GcmProfiles.defaults().readYaml(text) : GcmProfiles.defaults().readJson(text);
    });
  }
}
