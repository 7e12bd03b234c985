package io.github.gcmkit.io;

import io.github.gcmkit.io.internal.Attribute;
import io.github.gcmkit.io.internal.Enums;
import io.github.gcmkit.io.internal.ModelType;
import io.github.gcmkit.io.internal.ModelTypes;
import io.github.gcmkit.io.internal.Special;
import io.github.gcmkit.model.DateQualifier;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.GuidingPrinciple;
import io.github.gcmkit.model.RecurringSchedule;
import io.github.gcmkit.model.ScheduleWindow;
import java.util.Comparator;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema of the format from the model, the way the format binds it. The shipped
 * schema must equal its output ({@link SchemaTest}); run that test with
 * {@code -Dgcm.schema.update=true} to rewrite the shipped file after a model change.
 */
final class SchemaGenerator {

  /** A partial date: its qualifiers as the format spells them (by name, {@code early}), then the ISO date. */
  static final String PARTIAL_DATE =
      "^((" + String.join("|", Enums.codeList(DateQualifier.class)) + ") )?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";
  static final String MONTH = "^[0-9]{4}-(0[1-9]|1[0-2])$";
  static final String LANGUAGE = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SchemaGenerator() {}

  static String generate() {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://gcmkit.github.io/schema/gcm-format-1.0.schema.json");
    root.put("title", "gcmkit document, format 1.0");
    root.put("description",
        "A federation, network, charter, workplan, event, joint programme or progress report of United Nations migration networks. See docs/format.md.");
    root.put("type", "object");
    root.putArray("required").add("gcmFormat").add("kind");
    ObjectNode envelope = root.putObject("properties");
    envelope.set("gcmFormat", versionSchema());
    ArrayNode kinds = envelope.putObject("kind").putArray("enum");
    for (DocumentKind kind : DocumentKind.values()) {
      kinds.add(kind.code());
    }
    ArrayNode branches = root.putArray("allOf");
    for (DocumentKind kind : DocumentKind.values()) {
      ObjectNode branch = branches.addObject();
      branch.putObject("if").putObject("properties").putObject("kind").put("const", kind.code());
      branch.putObject("then").put("$ref", "#/$defs/" + documentName(kind));
    }
    TreeMap<String, ObjectNode> defs = new TreeMap<>(Comparator.naturalOrder());
    for (DocumentKind kind : DocumentKind.values()) {
      defs.put(documentName(kind), document(kind));
    }
    for (Class<?> type : ModelTypes.all()) {
      if (!Special.is(type)) {
        defs.put(type.getSimpleName(), definition(type));
      }
    }
    for (Special special : Special.values()) {
      defs.put(special.schemaName(), form(special));
    }
    ObjectNode defsNode = root.putObject("$defs");
    defs.forEach(defsNode::set);
    return GcmJson.defaults().mapper().writer().with(io.github.gcmkit.io.internal.Factories.canonicalPrinter())
        .writeValueAsString(root)
        + "\n";
  }

  static String documentName(DocumentKind kind) {
    String code = kind.code();
    return Character.toUpperCase(code.charAt(0)) + code.substring(1) + "Document";
  }

  private static ObjectNode versionSchema() {
    ObjectNode version = NODES.objectNode();
    version.put("type", "string");
    version.put("pattern", "^1\\.[0-9]+$");
    return version;
  }

  private static ObjectNode document(DocumentKind kind) {
    ObjectNode node = NODES.objectNode();
    node.put("type", "object");
    ObjectNode properties = node.putObject("properties");
    properties.putObject("$schema")
        .put("description", "The URI of a JSON Schema of the document, for editors; kept as written.")
        .put("type", "string");
    properties.set("gcmFormat", versionSchema());
    properties.putObject("kind").put("const", kind.code());
    ArrayNode required = node.putArray("required").add("gcmFormat").add("kind");
    if (kind == DocumentKind.EVENT) {
      properties.putObject("event").put("$ref", "#/$defs/Event");
      required.add("event");
    } else {
      if (kind == DocumentKind.NETWORK || kind == DocumentKind.FEDERATION) {
        properties.putObject("language").put("type", "string").put("pattern", LANGUAGE);
      }
      attributes(ModelType.of(kind.modelType()), properties, required);
    }
    node.put("additionalProperties", false);
    return node;
  }

  private static ObjectNode definition(Class<?> type) {
    if (type.isEnum()) {
      ObjectNode node = NODES.objectNode();
      ArrayNode values = node.putArray("enum");
      for (Object constant : type.getEnumConstants()) {
        values.add(Enums.code((Enum<?>) constant));
      }
      return citations(type, node);
    }
    return object(ModelType.of(type));
  }

  /** The definition of a form of its own: one per {@link Special}, which lists them once. */
  private static ObjectNode form(Special special) {
    return switch (special) {
      case LOCALIZED_TEXT -> localizedText();
      case PARTIAL_DATE -> pattern(PARTIAL_DATE, "A date known to a year, a month or a day, optionally early, mid or late.");
      case YEAR_MONTH -> pattern(MONTH, "A month, YYYY-MM.");
      case ENTITY_ID -> entityId();
      case STAKEHOLDER_REF -> stakeholderRef();
      case SCHEDULE -> schedule();
    };
  }

  /**
   * An objective's code, or its number (GcmObjective.ofCitation); a principle's code, or its
   * sub-paragraph of paragraph 15 (GuidingPrinciple.ofCitation).
   */
  private static ObjectNode citations(Class<?> type, ObjectNode codes) {
    if (type != GcmObjective.class && type != GuidingPrinciple.class) {
      return codes;
    }
    ObjectNode node = NODES.objectNode();
    ArrayNode forms = node.putArray("anyOf");
    forms.add(codes);
    if (type == GcmObjective.class) {
      forms.addObject().put("type", "integer").put("minimum", 1).put("maximum", 23);
      forms.addObject().put("type", "string").put("pattern", "^\\s*([1-9]|1[0-9]|2[0-3])\\s*$");
    } else {
      forms.addObject().put("type", "string").put("pattern", "^\\s*15 ?\\([a-jA-J]\\)\\s*$");
    }
    return node;
  }

  private static ObjectNode object(ModelType type) {
    ObjectNode node = NODES.objectNode();
    node.put("type", "object");
    ObjectNode properties = node.putObject("properties");
    ArrayNode required = node.putArray("required");
    attributes(type, properties, required);
    if (required.isEmpty()) {
      node.remove("required");
    }
    node.put("additionalProperties", false);
    return node;
  }

  private static void attributes(ModelType type, ObjectNode properties, ArrayNode required) {
    for (Attribute attribute : type.attributes()) {
      ObjectNode value = reference(attribute.elementType());
      if (attribute.shape() == Attribute.Shape.COLLECTION) {
        ObjectNode array = NODES.objectNode();
        array.put("type", "array");
        array.set("items", value);
        value = array;
      }
      properties.set(attribute.name(), value);
      if (attribute.shape() == Attribute.Shape.REQUIRED) {
        required.add(attribute.name());
      }
    }
  }

  private static ObjectNode reference(Class<?> type) {
    ObjectNode node = NODES.objectNode();
    if (type == String.class) {
      return node.put("type", "string");
    }
    if (type == int.class || type == Integer.class) {
      return node.put("type", "integer");
    }
    if (type == boolean.class || type == Boolean.class) {
      return node.put("type", "boolean");
    }
    return node.put("$ref", "#/$defs/" + Special.of(type).map(Special::schemaName).orElse(type.getSimpleName()));
  }

  private static ObjectNode pattern(String pattern, String description) {
    ObjectNode node = NODES.objectNode();
    node.put("description", description);
    node.put("type", "string");
    node.put("pattern", pattern);
    return node;
  }

  private static ObjectNode localizedText() {
    ObjectNode node = NODES.objectNode();
    node.put("description",
        "Text in the document's language as a plain string, or texts by BCP 47 language tag with"
            + " \"original\" naming the original language when it is not the document's.");
    ArrayNode choices = node.putArray("oneOf");
    choices.addObject().put("type", "string").put("pattern", "\\S");
    ObjectNode map = choices.addObject();
    map.put("type", "object");
    map.putObject("properties").putObject("original").put("type", "string").put("pattern", LANGUAGE);
    map.putObject("patternProperties").putObject(LANGUAGE).put("type", "string").put("pattern", "\\S");
    map.put("additionalProperties", false);
    map.put("minProperties", 1);
    return node;
  }

  private static ObjectNode entityId() {
    ObjectNode node = NODES.objectNode();
    node.put("description", "The code or an alias of an organisation of the entity catalogue, such as IOM or OIM.");
    node.put("type", "string");
    node.put("minLength", 1);
    return node;
  }

  private static ObjectNode stakeholderRef() {
    ObjectNode node = NODES.objectNode();
    node.put("description", "An organisation by entity code, or a group of stakeholders.");
    ArrayNode choices = node.putArray("oneOf");
    choices.addObject().put("$ref", "#/$defs/EntityId");
    choices.addObject().put("$ref", "#/$defs/StakeholderGroup");
    return node;
  }

  private static ObjectNode schedule() {
    ObjectNode node = NODES.objectNode();
    node.put("description", "When work happens: a window of months, continuous, recurring or unspecified.");
    ArrayNode choices = node.putArray("oneOf");
    choices.add(tagged("window", ModelType.of(ScheduleWindow.class)));
    choices.add(tagged("continuous", null));
    choices.add(tagged("recurring", ModelType.of(RecurringSchedule.class)));
    choices.add(tagged("unspecified", null));
    return node;
  }

  private static ObjectNode tagged(String tag, @org.jspecify.annotations.Nullable ModelType type) {
    ObjectNode node = NODES.objectNode();
    node.put("type", "object");
    ObjectNode properties = node.putObject("properties");
    properties.putObject("type").put("const", tag);
    ArrayNode required = node.putArray("required").add("type");
    if (type != null) {
      attributes(type, properties, required);
    }
    node.put("additionalProperties", false);
    return node;
  }
}
