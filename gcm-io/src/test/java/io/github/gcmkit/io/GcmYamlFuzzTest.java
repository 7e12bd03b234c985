package io.github.gcmkit.io;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of {@link GcmYaml} reading, strict and lenient. A normal build runs it
 * over its seed corpus (the test documents, the invalid corpus, the bundled datasets and the inputs
 * kept from fuzzing); {@code docs/reliability.md} says how to fuzz for real.
 */
class GcmYamlFuzzTest {

  private static final GcmYaml STRICT = GcmYaml.defaults();
  private static final GcmYaml LENIENT = GcmYaml.with(GcmOptions.defaults().withLenient(true));
  /** Limits small enough for the fuzzer's inputs to reach every one of them. */
  private static final GcmYaml SMALL_LIMITS = GcmYaml.with(GcmOptions.defaults().withLenient(true)
      .withMaxStringLength(64).withMaxNestingDepth(8).withMaxValues(300).withMaxDocumentLength(4_096));

  @FuzzTest
  void readYaml(byte[] input) {
    FuzzChecks.readsOrRefuses(STRICT, input);
    FuzzChecks.readsOrRefuses(LENIENT, input);
    FuzzChecks.readsOrRefuses(SMALL_LIMITS, LENIENT, input);
  }
}
