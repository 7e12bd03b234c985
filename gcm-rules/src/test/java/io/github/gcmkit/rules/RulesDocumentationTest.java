package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the rules' metadata; this test fails when the committed
 * file is out of date, and rewrites it when run with {@code -Dgcmkit.updateDocs=true}.
 */
class RulesDocumentationTest {

  private static final Path DOCS = Path.of("..", "docs", "rules.md");

  @Test
  void docsRulesMdIsUpToDate() throws IOException {
    String expected = RulesMarkdown.render(RuleCatalog.builtIn());
    if (Boolean.getBoolean("gcmkit.updateDocs")) {
      Files.createDirectories(DOCS.getParent());
      Files.writeString(DOCS, expected, StandardCharsets.UTF_8);
    }
    assertThat(DOCS).as("docs/rules.md exists; create it with: %s", RulesMarkdown.REGENERATE).exists();
    assertThat(Files.readString(DOCS, StandardCharsets.UTF_8))
        .as("docs/rules.md is out of date; regenerate it with: %s", RulesMarkdown.REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void everyRuleIsDocumented() {
    String docs = RulesMarkdown.render(RuleCatalog.builtIn());
    RuleCatalog.builtIn().rules().forEach(r -> assertThat(docs).contains("### `" + r.id() + "`"));
  }
}
