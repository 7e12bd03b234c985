/**
 * Bundled datasets from the source documents, the {@code gcm} command-line tool and example programs.
 */
module io.github.gcmkit.examples {
  requires transitive io.github.gcmkit.io;
  requires io.github.gcmkit.testkit;
  requires info.picocli;
  requires static org.jspecify;

  exports io.github.gcmkit.examples;

  // picocli reads and sets the commands' annotated fields.
  opens io.github.gcmkit.examples.cli to info.picocli;
}
