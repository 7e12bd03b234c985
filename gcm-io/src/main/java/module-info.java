/**
 * The gcmkit document format: JSON and YAML reading and writing, JSON Schema and renderers.
 */
module io.github.gcmkit.io {
  requires transitive io.github.gcmkit.model;
  requires transitive io.github.gcmkit.rules;
  requires static org.jspecify;

}
