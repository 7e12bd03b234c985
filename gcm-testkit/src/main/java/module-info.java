/**
 * Generators of every gcmkit model type, for property-based tests: drawn from a seeded source of
 * randomness, usable from QuickTheories (with shrinking) or from any {@link
 * java.util.random.RandomGenerator}.
 */
module io.github.gcmkit.testkit {
  requires transitive io.github.gcmkit.model;
  // Only QuickTheoriesGenerators needs QuickTheories, and only in the tests of whoever calls it: the
  // generators themselves need the model alone, so gcm generate runs without any test library.
  requires static quicktheories;
  requires static org.jspecify;

  exports io.github.gcmkit.testkit;
}
