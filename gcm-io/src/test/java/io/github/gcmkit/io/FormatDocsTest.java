package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * docs/format.md documents every object and field of the schema, and every code list value: its
 * sections of objects are generated from the model ({@link FormatMarkdown}); this test fails when
 * they are out of date, and rewrites them when run with {@code -Dgcmkit.updateDocs=true}.
 */
class FormatDocsTest {

  private static final Path DOCS = Path.of("..", "docs", "format.md");

  @Test
  void theObjectsAreTheOnesTheModelGives() throws IOException {
    String page = Files.readString(DOCS, StandardCharsets.UTF_8);
    String expected = FormatMarkdown.update(page);
    if (Boolean.getBoolean("gcmkit.updateDocs")) {
      Files.writeString(DOCS, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOCS, StandardCharsets.UTF_8))
        .as("docs/format.md's objects are not those of the model; regenerate them with: %s", FormatMarkdown.REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void everyFieldAndCodeIsDocumented() throws IOException {
    String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
    JsonNode defs = GcmJson.defaults().mapper().readTree(GcmSchema.text()).get("$defs");
    for (Map.Entry<String, JsonNode> def : defs.properties()) {
      String name = def.getKey();
      if (name.endsWith("Document") || name.equals("ScheduleWindow") || name.equals("RecurringSchedule")) {
        continue;
      }
      JsonNode codes = def.getValue().has("anyOf") && def.getValue().get("anyOf").get(0).has("enum")
          ? def.getValue().get("anyOf").get(0) // a code list that other forms may also write
          : def.getValue();
      if (codes.has("enum")) {
        for (JsonNode code : codes.get("enum")) {
          assertThat(docs).as("code list %s", name).contains("`" + code.asString() + "`");
        }
        continue;
      }
      int section = docs.indexOf("\n### " + name + "\n");
      assertThat(section).as("section for %s", name).isGreaterThan(0);
      int end = docs.indexOf("\n### ", section + 1);
      String text = docs.substring(section, end < 0 ? docs.length() : end);
      if (def.getValue().has("properties")) {
        for (String field : def.getValue().get("properties").propertyNames()) {
          assertThat(text).as("field %s of %s", field, name).contains("| `" + field + "` |");
        }
      }
    }
  }
}
