/**
 * Bundled datasets from the source documents and example programs.
 */
module io.github.gcmkit.examples {
  requires transitive io.github.gcmkit.io;
  requires io.github.gcmkit.testkit;
  requires static org.jspecify;

  exports io.github.gcmkit.examples;
}
