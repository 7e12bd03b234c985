package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.gcmkit.io.internal.Enums;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.GuidingPrinciple;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.Workplan;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GCM objectives may be written by number and guiding principles by their sub-paragraph of
 * paragraph 15, as documents and the rules' hints cite them; the writer keeps the codes.
 */
class CitationProperties {

  private static final Map<String, GcmObjective> OBJECTIVES = codes(GcmObjective.values());
  private static final Map<String, GuidingPrinciple> PRINCIPLES = codes(GuidingPrinciple.values());
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final GcmJson json = GcmJson.with(GeneratedModels.OPTIONS);

  @Test
  void aWorkplanMayCiteObjectivesByNumberAndPrinciplesByParagraph() {
    String yaml = """
        gcmFormat: "1.0"
        kind: workplan
        id: "2023"
        title: Plan
        priorities:
          - kind: thematic
            number: 2
            title: Migration and development
            links: {objectives: [19, "23", decent-work], principles: ["15(e)", 15 (g), human-rights]}
        """;
    Workplan workplan = GcmYaml.with(GcmOptions.defaults()).read(yaml).value(Workplan.class);

    Priority priority = workplan.priorities().get(0);
    assertThat(priority.links().objectives()).containsExactly(
        GcmObjective.DECENT_WORK, GcmObjective.DIASPORA_CONTRIBUTIONS, GcmObjective.INTERNATIONAL_COOPERATION);
    assertThat(priority.links().principles()).containsExactly(
        GuidingPrinciple.SUSTAINABLE_DEVELOPMENT, GuidingPrinciple.HUMAN_RIGHTS, GuidingPrinciple.GENDER_RESPONSIVE);
    assertThat(json.write(workplan))
        .contains("\"diaspora-contributions\"", "\"sustainable-development\"")
        .doesNotContain("15(e)", "\"19\"");
  }

  @Test
  void aNumberOutOfRangeIsALocatedProblemThatNamesBothForms() {
    String text = "{\"gcmFormat\": \"1.0\", \"kind\": \"workplan\", \"id\": \"1\", \"title\": \"Plan\",\n"
        + " \"priorities\": [{\"kind\": \"core\", \"number\": 1, \"title\": \"One\",\n"
        + "  \"links\": {\"objectives\": [24], \"principles\": [\"15(k)\"]}}]}";
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class, () -> json.read(text));

    assertThat(e.problems()).extracting((FormatProblem p) -> p.pointer().toString()).containsExactly(
        "/priorities/0/links/objectives/0", "/priorities/0/links/principles/0");
    assertThat(e.problems().get(0).message()).contains("'24'", "1 to 23");
    assertThat(e.problems().get(1).message()).contains("'15(k)'", "15(a) to 15(j)");
    assertThat(e.problems().get(0).line()).isEqualTo(3);
  }

  /** Any document whose objectives are written by number and principles by paragraph reads equal. */
  @Test
  void citationsReadEqualToTheirCanonicalForm() {
    qt().withExamples(40).forAll(GeneratedModels.documents()).checkAssert(model -> {
      JsonNode tree = MAPPER.readTree(json.write(model));
      cite(tree);
      assertThat(json.read(MAPPER.writeValueAsString(tree)).value()).isEqualTo(model);
    });
  }

  /** Rewrites, in place, every objective code as its number and every principle code as 15(x). */
  private static void cite(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (String name : object.propertyNames()) {
        JsonNode value = object.get(name);
        if (value instanceof ArrayNode array && (name.equals("objectives") || name.equals("principles"))) {
          for (int i = 0; i < array.size(); i++) {
            String code = array.get(i).isString() ? array.get(i).asString() : "";
            if (name.equals("objectives") && OBJECTIVES.containsKey(code)) {
              int number = OBJECTIVES.get(code).number();
              if (number % 2 == 0) {
                array.set(i, array.numberNode(number));
              } else {
                array.set(i, array.stringNode(Integer.toString(number)));
              }
            } else if (name.equals("principles") && PRINCIPLES.containsKey(code)) {
              array.set(i, array.stringNode("15(" + PRINCIPLES.get(code).paragraph() + ")"));
            }
          }
        }
        cite(value);
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(CitationProperties::cite);
    }
  }

  private static <E extends Enum<E>> Map<String, E> codes(E[] values) {
    java.util.HashMap<String, E> codes = new java.util.HashMap<>();
    for (E value : values) {
      codes.put(Enums.code(value), value);
    }
    return codes;
  }
}
