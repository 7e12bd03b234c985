package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/entities.md} is generated from the entity catalogue; this test fails when the
 * committed file is out of date, and rewrites it when run with {@code -Dgcmkit.updateDocs=true}.
 */
class EntitiesDocumentationTest {

  private static final Path DOCS = Path.of("..", "docs", "entities.md");

  @Test
  void docsEntitiesMdIsUpToDate() throws IOException {
    String expected = EntitiesMarkdown.render(EntityCatalog.defaults());
    if (Boolean.getBoolean("gcmkit.updateDocs")) {
      Files.writeString(DOCS, expected, StandardCharsets.UTF_8);
    }
    assertThat(DOCS).as("docs/entities.md exists; create it with: %s", EntitiesMarkdown.REGENERATE).exists();
    assertThat(Files.readString(DOCS, StandardCharsets.UTF_8))
        .as("docs/entities.md is out of date; regenerate it with: %s", EntitiesMarkdown.REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void everyCodeAndAliasIsDocumented() {
    String docs = EntitiesMarkdown.render(EntityCatalog.defaults());
    for (Entity entity : EntityCatalog.defaults().entities()) {
      assertThat(docs).contains("| `" + entity.id().code() + "` |");
      entity.aliases().forEach(alias -> assertThat(docs).contains("`" + alias + "`"));
    }
  }
}
