package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Nothing a document says is lost: canonical writing is idempotent, every field of the test
 * documents survives reading and writing (compared leaf by leaf, by JSON Pointer), and lenient
 * reading keeps every unknown field while strict reading names each one. (gcm-examples' own tests
 * hold its bundled datasets to the same: byte-identical canonical writing, every field kept.)
 */
class NoDataLossTest {

  private static final GcmJson JSON = GcmJson.with(GeneratedModels.OPTIONS);
  private static final GcmJson LENIENT = GcmJson.with(GeneratedModels.OPTIONS.withLenient(true));

  /** The syntaxes a document can be written in, by name. */
  private static final Map<String, GcmCodec> SYNTAXES = Map.of(
      "pretty JSON", JSON,
      "compact JSON", GcmJson.with(GeneratedModels.OPTIONS.withPrettyPrint(false)),
      "YAML", GcmYaml.with(GeneratedModels.OPTIONS));

  /** The test documents. */
  static Stream<String> documents() {
    return Documents.ALL.stream();
  }

  @Test
  void canonicalWritingIsIdempotentInEverySyntax() {
    qt().withExamples(60).forAll(GeneratedModels.documents()).checkAssert(model -> {
      for (GcmCodec codec : SYNTAXES.values()) {
        String once = codec.write(model);
        String twice = codec.write(codec.read(once));
        assertThat(twice).isEqualTo(once);
        assertThat(codec.write(codec.read(twice))).isEqualTo(once);
      }
    });
  }

  @ParameterizedTest
  @MethodSource("documents")
  void writingWhatWasReadIsIdempotentInEverySyntax(String name) {
    GcmDocument read = JSON.read(Documents.text(name));
    SYNTAXES.forEach((syntax, codec) -> {
      String once = codec.write(read);
      assertThat(codec.write(codec.read(once))).as("%s in %s", name, syntax).isEqualTo(once);
    });
  }

  /**
   * What writing may change, and only that: an alias becomes the entity's code, a value equal to its
   * default is left out (docs/format.md, "Conventions").
   */
  private static final Map<String, List<String>> NORMALISED = Map.of(
      "senegal-charter.json", List.of(
          "/mission/establishedBy/1 \"OIM\" -> \"IOM\"",
          "/governance/coChairs/0/holder \"HCDH\" -> \"OHCHR\"",
          "/governance/coChairs/1/holder \"OIM\" -> \"IOM\""),
      "wca-workplan.json", List.of("/priorities/0/links/provenance \"stated\" -> (default, left out)"));

  @ParameterizedTest
  @MethodSource("documents")
  void everyFieldSurvivesReadingAndWritingLeafByLeaf(String name) {
    Map<String, ?> original = JsonLeaves.of(Documents.text(name));
    String written = JSON.write(JSON.read(Documents.text(name)));
    Map<String, ?> leaves = JsonLeaves.of(written);
    assertThat(changes(original, leaves)).containsExactlyElementsOf(NORMALISED.getOrDefault(name, List.of()));
    assertThat(leaves.keySet()).allSatisfy(pointer -> assertThat(original).containsKey(pointer));
    assertThat(JsonLeaves.of(JSON.write(JSON.read(written)))).containsExactlyEntriesOf((Map) leaves);
    GcmYaml yaml = GcmYaml.with(GeneratedModels.OPTIONS);
    assertThat(JsonLeaves.of(JSON.write(yaml.read(yaml.write(JSON.read(written)))))).containsExactlyEntriesOf((Map) leaves);
  }

  /** Every leaf of {@code before} that {@code after} does not have as it was, and what it became. */
  private static List<String> changes(Map<String, ?> before, Map<String, ?> after) {
    List<String> changes = new ArrayList<>();
    before.forEach((pointer, value) -> {
      Object now = after.get(pointer);
      if (!value.equals(now)) {
        changes.add(pointer + " " + value + " -> " + (now == null ? "(default, left out)" : now));
      }
    });
    return changes;
  }

  @ParameterizedTest
  @MethodSource("documents")
  void lenientReadingKeepsEveryUnknownFieldAndStrictReadingNamesEachOne(String name) {
    JsonNode tree = JsonLeaves.tree(Documents.text(name));
    List<String> added = new ArrayList<>();
    addUnknownFields(tree, "", added);
    String document = JsonLeaves.text(tree);
    assertThat(added).isNotEmpty();

    GcmFormatException strict = catchThrowableOfType(GcmFormatException.class, () -> JSON.read(document));
    assertThat(strict.problems()).extracting(FormatProblem::toString).containsExactlyInAnyOrderElementsOf(
        added.stream().map(p -> p + ": unknown field '" + p.substring(p.lastIndexOf('/') + 1) + "'")
            .collect(Collectors.toList()));

    GcmDocument read = LENIENT.read(document);
    String written = LENIENT.write(read);
    Map<String, JsonNode> leaves = JsonLeaves.of(written);
    Map<String, JsonNode> expected = JsonLeaves.of(document);
    for (Map.Entry<String, JsonNode> leaf : expected.entrySet()) {
      if (added.stream().anyMatch(p -> leaf.getKey().equals(p) || leaf.getKey().startsWith(p + "/"))) {
        assertThat(leaves).as("unknown field at %s", leaf.getKey()).containsEntry(leaf.getKey(), leaf.getValue());
      }
    }
    assertThat(LENIENT.read(written)).isEqualTo(read);
    assertThat(LENIENT.write(LENIENT.read(written))).isEqualTo(written);
  }

  /** Values of every kind, for the unknown fields. */
  private static final List<String> UNKNOWN_VALUES =
      List.of("\"text\"", "1.50", "-7", "true", "null", "{\"a\": [1, {\"b\": false}, null]}", "[]", "{}");

  /**
   * Adds an unknown field to every object of {@code node} but texts in several languages (whose
   * fields are language tags), recording its pointer in {@code added}.
   */
  private static void addUnknownFields(JsonNode node, String pointer, List<String> added) {
    if (node.isObject()) {
      boolean text = !node.isEmpty() && node.propertyNames().stream()
          .allMatch(n -> n.equals("original") || n.matches("[a-z]{2,3}(-[A-Za-z0-9]+)*"));
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        addUnknownFields(field.getValue(), pointer + "/" + field.getKey(), added);
      }
      if (!text) {
        String field = "extra" + added.size();
        ((ObjectNode) node).set(field, JsonLeaves.tree(UNKNOWN_VALUES.get(added.size() % UNKNOWN_VALUES.size())));
        added.add(pointer + "/" + field);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        addUnknownFields(node.get(i), pointer + "/" + i, added);
      }
    }
  }
}
