package io.github.gcmkit.io.report;

import io.github.gcmkit.io.internal.JsonOut;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.rules.Parameter;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleCatalog;
import io.github.gcmkit.rules.RuleSource;
import java.io.Writer;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a rule catalogue as JSON for tools ({@code gcm rules --format json}): its version and, per
 * rule, the id, title and rationale in English and French, default severity, target, parameters,
 * normative level, whether it generalises one network's ToR, the version it appeared in, its
 * sources (document, locator, quote in the document's language, URL) and the link to its
 * documentation.
 */
public final class CatalogJson {

  private CatalogJson() {}

  /** Writes {@code catalog} to {@code out}, ending with a line feed. */
  public static void write(RuleCatalog catalog, Writer out) {
    Output.run(out, () -> {
      try (JsonGenerator json = JsonOut.generator(out)) {
        json.writeStartObject();
        catalog.version().ifPresent(v -> JsonOut.text(json, "catalogVersion", v));
        json.writeName("rules");
        json.writeStartArray();
        for (Rule rule : catalog.rules()) {
          rule(json, rule);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      out.write('\n');
    });
  }

  private static void rule(JsonGenerator json, Rule rule) {
    json.writeStartObject();
    JsonOut.text(json, "id", rule.id());
    bilingual(json, "title", rule.title());
    bilingual(json, "rationale", rule.rationale());
    JsonOut.text(json, "severity", rule.severity().name().toLowerCase(Locale.ROOT));
    JsonOut.text(json, "target", rule.target().name());
    json.writeName("parameters");
    json.writeStartArray();
    for (Parameter<?> p : rule.parameters()) {
      json.writeStartObject();
      JsonOut.text(json, "name", p.name());
      JsonOut.text(json, "kind", p.kind().name().toLowerCase(Locale.ROOT));
      JsonOut.text(json, "default", String.valueOf(p.defaultValue()));
      p.minimum().ifPresent(m -> JsonOut.number(json, "minimum", m));
      bilingual(json, "description", p.description());
      json.writeEndObject();
    }
    json.writeEndArray();
    citations(json, rule);
    JsonOut.text(json, "helpUri", SarifReport.helpUri(rule.id()));
    json.writeEndObject();
  }

  /**
   * The rule's normative level, generalisation, version and sources, as fields of the object being
   * written: shared by the catalogue and the SARIF report's rule properties.
   */
  static void citations(JsonGenerator json, Rule rule) {
    rule.level().ifPresent(l -> JsonOut.text(json, "level", l.code()));
    json.writeName("generalised");
    json.writeBoolean(rule.generalised());
    rule.since().ifPresent(v -> JsonOut.text(json, "since", v));
    json.writeName("sources");
    json.writeStartArray();
    for (RuleSource source : rule.sources()) {
      json.writeStartObject();
      JsonOut.text(json, "document", source.document());
      source.locator().ifPresent(l -> JsonOut.text(json, "locator", l));
      source.quote().ifPresent(q -> JsonOut.text(json, "quote", q));
      JsonOut.text(json, "language", source.language());
      source.url().ifPresent(u -> JsonOut.text(json, "url", u.toString()));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void bilingual(JsonGenerator json, String name, LocalizedText text) {
    json.writeName(name);
    json.writeStartObject();
    JsonOut.text(json, LocalizedText.ENGLISH, text.text(LocalizedText.ENGLISH));
    JsonOut.text(json, LocalizedText.FRENCH, text.text(LocalizedText.FRENCH));
    json.writeEndObject();
  }
}
