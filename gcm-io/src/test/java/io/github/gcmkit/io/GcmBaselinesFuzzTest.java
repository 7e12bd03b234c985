package io.github.gcmkit.io;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of {@link GcmBaselines} reading. A normal build runs it over its seed
 * corpus (the invalid baselines and the inputs kept from fuzzing); {@code docs/reliability.md}
 * says how to fuzz for real.
 */
class GcmBaselinesFuzzTest {

  @FuzzTest
  void readBaseline(byte[] input) {
    FuzzChecks.readsOrRefuses(input);
  }
}
