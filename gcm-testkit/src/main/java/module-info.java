/**
 * Generators of every gcmkit model type for property-based tests.
 */
module io.github.gcmkit.testkit {
  requires transitive io.github.gcmkit.model;
  requires static org.jspecify;
}
