package io.github.gcmkit.cli;

import io.github.gcmkit.io.GcmJson;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
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
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    return GcmJson.defaults().mapper().writer().with(printer).writeValueAsString(root) + "\n";
  }
}
