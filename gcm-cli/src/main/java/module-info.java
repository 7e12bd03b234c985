/**
 * The {@code gcm} command-line tool: check, render and compare the charters and workplans of UN
 * migration networks. Exports nothing: the tool is used from the command line, not as an API.
 */
module io.github.gcmkit.cli {
  requires io.github.gcmkit.io;
  requires io.github.gcmkit.examples;
  requires io.github.gcmkit.testkit;
  requires info.picocli;
  // The YAML parser Jackson uses, to find the comments that gcm format cannot keep.
  requires org.snakeyaml.engine;
  requires static org.jspecify;

  // picocli reads and sets the commands' annotated fields.
  opens io.github.gcmkit.cli to info.picocli;
}
