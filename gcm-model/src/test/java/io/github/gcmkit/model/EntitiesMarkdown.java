package io.github.gcmkit.model;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Generates {@code docs/entities.md} from the entity catalogue that ships with gcmkit: each
 * organisation's code, English and French names and aliases, by kind.
 */
final class EntitiesMarkdown {

  /** How to regenerate the file, as the file and the failing test say it. */
  static final String REGENERATE =
      "./mvnw -B -pl gcm-model test -Dtest=EntitiesDocumentationTest -Dgcmkit.updateDocs=true"
          + " -Dsurefire.failIfNoSpecifiedTests=false";

  private EntitiesMarkdown() {}

  static String render(EntityCatalog catalog) {
    StringBuilder md = new StringBuilder();
    md.append("# Entity catalogue\n\n");
    md.append("<!-- Generated from EntityCatalog.defaults() by EntitiesMarkdown; do not edit by hand.\n");
    md.append("     Regenerate with: ").append(REGENERATE).append(" -->\n\n");
    md.append("gcmkit knows ").append(catalog.size()).append(" organisations by code")
        .append(" (`EntityCatalog.defaults()`; `gcm entities` lists them, `--format json` for tools).\n")
        .append("A document names an organisation by its code or by any of its aliases, whatever the case,")
        .append(" accents or spacing: `OIM` reads as `IOM`, `ONU Femmes` as `UN-WOMEN`, `BCR` as `RCO`;\n")
        .append("the canonical writer writes the code. A code no organisation has is a problem in strict")
        .append(" reading, with the closest codes suggested (\"did you mean RCO?\").\n\n")
        .append("An organisation this catalogue does not hold — a national ministry, a local NGO, a")
        .append(" university — is declared in the network document's own `entities` (code, kind,")
        .append(" bilingual name, aliases; see [format.md](format.md#entity)); its charter and workplans")
        .append(" then name it by code, in strict reading too. A declared code or alias may not be one of")
        .append(" this catalogue's. An application that knows more organisations extends the catalogue")
        .append(" (`GcmOptions.withEntityCatalog`, `Validator.Builder.entities`).\n");
    for (EntityKind kind : EntityKind.values()) {
      var entities = catalog.entities().stream().filter(e -> e.kind() == kind).toList();
      if (entities.isEmpty()) {
        continue;
      }
      md.append("\n## `").append(code(kind)).append("`\n\n");
      md.append("| code | English | French | aliases |\n|---|---|---|---|\n");
      for (Entity entity : entities) {
        md.append("| `").append(entity.id().code()).append("` | ")
            .append(entity.name().text("en")).append(" | ")
            .append(entity.name().text("fr")).append(" | ")
            .append(entity.aliases().stream().map(a -> "`" + a + "`").collect(Collectors.joining(", ")))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  private static String code(EntityKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
