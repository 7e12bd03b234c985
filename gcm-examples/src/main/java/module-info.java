/**
 * Bundled datasets from the source documents, the {@code gcm} command-line tool and example programs.
 */
module io.github.gcmkit.examples {
  requires transitive io.github.gcmkit.io;
  requires static org.jspecify;

  exports io.github.gcmkit.examples;
}
