package io.github.gcmkit.rules;

import io.github.gcmkit.model.LocalizedText;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Generates {@code docs/rules.md} from the rules' own metadata: id, title, default severity,
 * target, parameters with their defaults, and rationale.
 */
final class RulesMarkdown {

  /** How to regenerate the file, as the file and the failing test say it. */
  static final String REGENERATE =
      "./mvnw -B -pl gcm-rules -am test -Dtest=RulesDocumentationTest -Dgcmkit.updateDocs=true"
          + " -Dsurefire.failIfNoSpecifiedTests=false";

  private RulesMarkdown() {}

  static String render(RuleCatalog catalog) {
    StringBuilder md = new StringBuilder();
    md.append("# Built-in rules\n\n");
    md.append("<!-- Generated from the rules' own metadata by RulesMarkdown; do not edit by hand.\n");
    md.append("     Regenerate with: ").append(REGENERATE).append(" -->\n\n");
    md.append("gcmkit ships ").append(catalog.size()).append(" rules. The `baseline` profile")
        .append(" (`Profile.baseline()`) runs them all at their default severities and parameters;\n")
        .append("a profile of your own selects them by id or by prefix (`charter.*`), overrides their")
        .append(" severities and sets their parameters.\n")
        .append("`RuleCatalog.builtIn().rules()` lists them in this order.\n\n")
        .append("Each rationale cites its source: the Mandate (Terms of Reference) of the UN Network on")
        .append(" Migration for Senegal (\"Senegal ToR\", by section); the Workplan 2020-2021 of the")
        .append(" Regional UN Migration Network for West and Central Africa and the objectives of its")
        .append(" ToR in the workplan's annex (\"WCA workplan\", \"WCA ToR\"); the Network Workplan")
        .append(" 2023-24 of the UN Migration Network for Cameroon (\"Cameroon workplan\"); and the")
        .append(" Global Compact for Safe, Orderly and Regular Migration, A/RES/73/195 (\"GCM\":")
        .append(" paragraph 15 for its guiding principles, paragraph 45 for the UN Network on Migration).\n")
        .append("Each rule also lists them as data (`Rule.sources()`, `gcm rules --format json`, the")
        .append(" SARIF report's rule properties): the document, where in it, a short quote in the")
        .append(" document's own language and a URL where there is one; with its normative level")
        .append(" (`must`: the source requires it; `should`: it recommends or expects it; `good-practice`:")
        .append(" the documents show it working), whether it is *generalised* (it asks of every network")
        .append(" what one network's ToR asks of itself) and the version it appeared in. The catalogue's")
        .append(" version (`RuleCatalog.version()`, gcmkit's own for the built-in rules) is recorded in")
        .append(" JSON and SARIF reports and in baselines.\n\n")
        .append("Rules judge only what is known. A rule that cannot be decided for lack of data (no")
        .append(" charter recorded, leads given only as free text, no member recorded) reports the")
        .append(" element as *not evaluated*, with the reason; so does a failure at an element the")
        .append(" record marks *unknown* (the recorded sources do not say). A finding on an element")
        .append(" marked *interpreted* says so in its message and has `basis` `interpreted` in the JSON")
        .append(" report; a finding in a charter or workplan whose sources are partial or from which it")
        .append(" is reconstructed speaks of what the recorded sources state; what a list marked")
        .append(" *partial* omits is at most information. The workstream rules judge each unit that")
        .append(" carries work: every workstream, and every priority that has none. In the summary, a")
        .append(" rule has failed if it has a finding, has passed if it judged at least one charter,")
        .append(" workplan, network or federation without leaving anything undecided, and is not")
        .append(" evaluated only if it could judge none.\n\n");
    md.append("| id | severity | target | parameters | requires |\n|---|---|---|---|---|\n");
    for (Rule rule : catalog.rules()) {
      md.append("| `").append(rule.id()).append("` | ").append(severity(rule)).append(" | ")
          .append(rule.target()).append(" | ").append(parameterSummary(rule)).append(" | ")
          .append(rule.title().text(LocalizedText.ENGLISH)).append(" |\n");
    }
    for (Target<?> target : Target.values()) {
      md.append("\n## ").append(heading(target)).append('\n');
      catalog.rules().stream().filter(r -> r.target() == target).forEach(r -> section(md, r));
    }
    return md.toString();
  }

  private static void section(StringBuilder md, Rule rule) {
    md.append("\n### `").append(rule.id()).append("`\n\n");
    md.append("**").append(rule.title().text(LocalizedText.ENGLISH)).append("** — ")
        .append(severity(rule)).append(", checks each ").append(rule.target()).append(".\n");
    md.append("French: *").append(rule.title().text(LocalizedText.FRENCH)).append("*.\n\n");
    if (!rule.parameters().isEmpty()) {
      md.append("Parameters:\n\n");
      for (Parameter<?> p : rule.parameters()) {
        md.append("- `").append(p.name()).append("` (").append(kind(p)).append(", default `")
            .append(p.defaultValue()).append("`): ")
            .append(p.description().text(LocalizedText.ENGLISH)).append('\n');
      }
      md.append('\n');
    }
    md.append("Rationale: ").append(rule.rationale().text(LocalizedText.ENGLISH)).append('\n');
    sources(md, rule);
  }

  /** The rule's level, version and sources, each quote in its document's language. */
  private static void sources(StringBuilder md, Rule rule) {
    md.append('\n');
    rule.level().ifPresent(l -> md.append("Normative level: **").append(l.code()).append("**"));
    if (rule.generalised()) {
      md.append(", generalised: asks of every network what one network's ToR asks of itself");
    }
    rule.since().ifPresent(v -> md.append(". Since ").append(v));
    md.append(".\n");
    if (rule.sources().isEmpty()) {
      return;
    }
    md.append("\nSources:\n\n");
    for (RuleSource source : rule.sources()) {
      md.append("- ");
      source.url().ifPresentOrElse(
          u -> md.append('[').append(source.document()).append("](").append(u).append(')'),
          () -> md.append(source.document()));
      source.locator().ifPresent(l -> md.append(", ").append(l));
      source.quote().ifPresent(q -> md.append(": “").append(q).append('”'));
      if (!source.language().equals(LocalizedText.ENGLISH)) {
        md.append(" (").append(source.language()).append(')');
      }
      md.append('\n');
    }
  }

  private static String severity(Rule rule) {
    return rule.severity().name().toLowerCase(Locale.ROOT);
  }

  private static String parameterSummary(Rule rule) {
    if (rule.parameters().isEmpty()) {
      return "—";
    }
    return rule.parameters().stream()
        .map(p -> "`" + p.name() + "`=" + p.defaultValue())
        .collect(Collectors.joining(", "));
  }

  private static String kind(Parameter<?> parameter) {
    return switch (parameter.kind()) {
      case INTEGER -> "integer ≥ " + parameter.minimum().orElseThrow();
      case ENTITY -> "entity code or alias";
      case TEXT -> "text";
    };
  }

  private static String heading(Target<?> target) {
    String name = target.name();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " rules";
  }
}
