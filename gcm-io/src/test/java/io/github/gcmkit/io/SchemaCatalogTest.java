package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The schema catalogue of the repository points at the schemas gcm-io ships, by their stable names. */
class SchemaCatalogTest {

  private static final String SHIPPED = "gcm-io/src/main/resources/io/github/gcmkit/io/";

  @Test
  void everyEntryPointsAtAShippedSchemaWhoseIdBearsItsName() throws IOException {
    JsonNode catalog = GcmJson.defaults().mapper().readTree(Files.readString(Path.of("../schemas/catalog.json")));
    assertThat(catalog.get("schemas")).hasSize(4);
    for (JsonNode entry : catalog.get("schemas")) {
      String url = entry.get("url").asString();
      assertThat(url).contains("/main/" + SHIPPED);
      String file = url.substring(url.lastIndexOf('/') + 1);
      JsonNode schema = GcmJson.defaults().mapper().readTree(Files.readString(Path.of("../" + SHIPPED + file)));
      assertThat(schema.get("$id").asString()).isEqualTo("https://gcmkit.github.io/schema/" + file);
      assertThat(entry.get("fileMatch")).isNotEmpty();
    }
  }
}
