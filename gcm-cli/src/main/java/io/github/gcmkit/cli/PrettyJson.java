package io.github.gcmkit.cli;

import io.github.gcmkit.io.GcmJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.node.ObjectNode;

/** The JSON the commands print for tools: two-space indents, {@code "name": value}, a final newline. */
final class PrettyJson {

  private PrettyJson() {}

  /** A new, empty object to fill. */
  static ObjectNode object() {
    return GcmJson.defaults().mapper().createObjectNode();
  }

  /** {@code root} as printed text. */
  static String text(JsonNode root) {
    return writer().writeValueAsString(root) + "\n";
  }

  /**
   * Writes to {@code out}, as {@link #text} prints it, an object whose one field {@code name} is the
   * array of {@code elements}: each element is made and written in turn, so the array is never held
   * whole.
   */
  static void array(Writer out, String name, Stream<? extends JsonNode> elements) {
    try (JsonGenerator json = writer().createGenerator(out)) {
      json.writeStartObject();
      json.writeName(name);
      json.writeStartArray();
      elements.forEach(json::writeTree);
      json.writeEndArray();
      json.writeEndObject();
    }
    try {
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectWriter writer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    // The output is the command's standard output: closing the generator must not close it.
    return GcmJson.defaults().mapper().writer().with(printer).without(StreamWriteFeature.AUTO_CLOSE_TARGET);
  }
}
