package io.github.gcmkit.io;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Collectors;

/** A JSON Schema, loaded into a real validator (networknt; draft 2020-12 unless told). */
final class Schema {

  private final com.networknt.schema.Schema schema;

  /** The document format's schema. */
  Schema() {
    this(GcmSchema.text());
  }

  /** The schema {@code text}. */
  Schema(String text) {
    this(text, SpecificationVersion.DRAFT_2020_12);
  }

  /** The schema {@code text}, of the draft {@code version} (SARIF's is draft 4). */
  Schema(String text, SpecificationVersion version) {
    this.schema = SchemaRegistry.withDefaultDialect(version).getSchema(text, InputFormat.JSON);
  }

  /** The validation errors of a JSON document, as "location message" lines. */
  List<String> errors(String json) {
    return errors(json, InputFormat.JSON);
  }

  /** The validation errors of a document in {@code format}. */
  List<String> errors(String text, InputFormat format) {
    return schema.validate(text, format).stream()
        .map(e -> e.getInstanceLocation() + " " + e.getMessage())
        .collect(Collectors.toList());
  }
}
