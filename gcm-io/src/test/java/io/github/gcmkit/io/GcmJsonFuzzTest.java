package io.github.gcmkit.io;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of {@link GcmJson} reading, strict and lenient. A normal build runs it
 * over its seed corpus (the test documents, the invalid corpus, the bundled datasets and the inputs
 * kept from fuzzing); {@code docs/reliability.md} says how to fuzz for real.
 */
class GcmJsonFuzzTest {

  private static final GcmJson STRICT = GcmJson.defaults();
  private static final GcmJson LENIENT = GcmJson.with(GcmOptions.defaults().withLenient(true));

  @FuzzTest
  void readJson(byte[] input) {
    FuzzChecks.readsOrRefuses(STRICT, input);
    FuzzChecks.readsOrRefuses(LENIENT, input);
  }
}
