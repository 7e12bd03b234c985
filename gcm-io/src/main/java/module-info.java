/**
 * The gcmkit document format: JSON and YAML reading and writing with exact error locations,
 * canonical output, the JSON Schema of the format, and renderers of charters, workplans and
 * network hierarchies.
 */
module io.github.gcmkit.io {
  requires transitive io.github.gcmkit.model;
  requires transitive io.github.gcmkit.rules;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires transitive tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires static org.jspecify;
  // Compile-time only: GcmOptions is an Immutables value, like the model's types.
  requires static transitive org.immutables.value.annotations;

  exports io.github.gcmkit.io;
  exports io.github.gcmkit.io.escape;
  exports io.github.gcmkit.io.render;

  provides tools.jackson.databind.JacksonModule with
      io.github.gcmkit.io.GcmModule;
}
