/**
 * Generators of every gcmkit model type, for property-based tests: drawn from a seeded source of
 * randomness, usable from QuickTheories (with shrinking) or from any {@link
 * java.util.random.RandomGenerator}.
 */
module io.github.gcmkit.testkit {
  requires transitive io.github.gcmkit.model;
  requires transitive quicktheories;
  requires static org.jspecify;

  exports io.github.gcmkit.testkit;
}
