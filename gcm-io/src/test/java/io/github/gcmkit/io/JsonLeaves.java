package io.github.gcmkit.io;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON document as its leaves: every scalar, empty object and empty array, by its JSON Pointer,
 * so that two documents can be compared field by field and a difference named by where it is.
 */
final class JsonLeaves {

  private static final JsonMapper TREES = JsonMapper.builder().build();

  private JsonLeaves() {}

  /** The tree of the JSON text {@code json}. */
  static JsonNode tree(String json) {
    return TREES.readTree(json);
  }

  /** The JSON text of {@code tree}. */
  static String text(JsonNode tree) {
    return TREES.writeValueAsString(tree);
  }

  /** The leaves of the JSON text {@code json}, in document order. */
  static Map<String, JsonNode> of(String json) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect(tree(json), "", leaves);
    return leaves;
  }

  private static void collect(JsonNode node, String pointer, Map<String, JsonNode> leaves) {
    if (node.isObject() && !node.isEmpty()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        collect(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), leaves);
      }
    } else if (node.isArray() && !node.isEmpty()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, leaves);
      }
    } else {
      leaves.put(pointer, node);
    }
  }
}
