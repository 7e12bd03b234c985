package io.github.gcmkit.io;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of {@link GcmProfiles} reading, each input as a JSON and as a YAML
 * profile. A normal build runs it over its seed corpus (the test profiles, the invalid profiles and
 * the inputs kept from fuzzing); {@code docs/reliability.md} says how to fuzz for real.
 */
class GcmProfilesFuzzTest {

  private static final GcmProfiles PROFILES = GcmProfiles.defaults();

  @FuzzTest
  void readProfile(byte[] input) {
    FuzzChecks.readsOrRefuses(PROFILES, input);
  }
}
