package io.github.gcmkit.io.report;

import com.google.common.hash.Hashing;
import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.io.Location;
import io.github.gcmkit.io.internal.JsonOut;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.ConfiguredRule;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.NotEvaluated;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleCatalog;
import io.github.gcmkit.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a validation report as SARIF 2.1.0, the format of code-scanning services and editors: one
 * run whose tool driver lists the rules that ran, a result per finding at its file, line and column
 * (findings a baseline accepted are results with an external suppression), and in the run's
 * properties what could not be evaluated and the baseline entries that no longer occur — they are
 * not alerts.
 */
public final class SarifReport {

  /** The schema of SARIF 2.1.0, as OASIS publishes it (errata 01). */
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** Where the tool and its documentation live. */
  static final String HOME = "https://github.com/gcmkit/gcmkit";

  /** The documentation of the built-in rules; each rule has a section under its id. */
  static final String RULES_PAGE = HOME + "/blob/main/docs/rules.md";

  private SarifReport() {}

  /** Writes the report to {@code out}, ending with a line feed. */
  public static void write(Report report, ReportContext context, Writer out) {
    write(Parts.of(report, context), out);
  }

  /**
   * Writes the report made of {@code parts} to {@code out}, ending with a line feed: the rules that
   * ran in any part, the results part by part, then the run's properties.
   */
  public static void write(Parts parts, Writer out) {
    ReportContext context = parts.context();
    Output.run(out, () -> {
      Totals totals = parts.totals();
      try (JsonGenerator json = JsonOut.generator(out)) {
        begin(json);
        Map<String, Integer> index = tool(json, totals.rules(), totals.catalogVersion(), context);
        json.writeName("results");
        json.writeStartArray();
        parts.forEach((report, located) -> {
          report.findings().forEach(f -> result(json, f, index, false, located));
          report.accepted().forEach(f -> result(json, f, index, true, located));
        });
        json.writeEndArray();
        properties(json, parts, totals);
        end(json);
      }
      out.write('\n');
    });
  }

  /**
   * Writes the log of a validation that could not run: a run without results whose invocation
   * failed, with a tool execution notification per problem at its file, line and column.
   */
  public static void write(List<GcmFormatException> unreadable, ReportContext context, Writer out) {
    Output.run(out, () -> {
      try (JsonGenerator json = JsonOut.generator(out)) {
        begin(json);
        tool(json, List.of(), Optional.empty(), context);
        json.writeName("invocations");
        json.writeStartArray();
        json.writeStartObject();
        json.writeName("executionSuccessful");
        json.writeBoolean(false);
        json.writeName("toolExecutionNotifications");
        json.writeStartArray();
        for (GcmFormatException e : unreadable) {
          for (FormatProblem p : e.problems()) {
            json.writeStartObject();
            JsonOut.text(json, "level", "error");
            message(json, p.message(context.language()));
            locations(json, Optional.of(Location.of(e.source(), p.line(), p.column())), p.pointer().toString());
            json.writeEndObject();
          }
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeName("results");
        json.writeStartArray();
        json.writeEndArray();
        end(json);
      }
      out.write('\n');
    });
  }

  /** Opens the log and its one run. */
  private static void begin(JsonGenerator json) {
    json.writeStartObject();
    JsonOut.text(json, "$schema", SCHEMA);
    JsonOut.text(json, "version", "2.1.0");
    json.writeName("runs");
    json.writeStartArray();
    json.writeStartObject();
  }

  /** Closes the run and the log. */
  private static void end(JsonGenerator json) {
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  /** Writes the tool, the catalogue's version and its rules; the index of each rule by id. */
  private static Map<String, Integer> tool(
      JsonGenerator json, List<ConfiguredRule> rules, Optional<String> catalogVersion, ReportContext context) {
    Map<String, Integer> index = new HashMap<>();
    json.writeName("tool");
    json.writeStartObject();
    json.writeName("driver");
    json.writeStartObject();
    JsonOut.text(json, "name", "gcmkit");
    JsonOut.text(json, "informationUri", HOME);
    // The jar's manifest, or (tests and IDEs run from classes, with no manifest) gcmkit's own
    // version, which the built-in catalogue carries.
    Optional.ofNullable(SarifReport.class.getPackage().getImplementationVersion())
        .or(() -> RuleCatalog.builtIn().version())
        .ifPresent(v -> JsonOut.text(json, "version", v));
    catalogVersion.ifPresent(v -> {
      json.writeName("properties");
      json.writeStartObject();
      JsonOut.text(json, "catalogVersion", v);
      json.writeEndObject();
    });
    json.writeName("rules");
    json.writeStartArray();
    for (ConfiguredRule configured : rules) {
      index.put(configured.id(), index.size());
      Rule rule = configured.rule();
      json.writeStartObject();
      JsonOut.text(json, "id", rule.id());
      JsonOut.text(json, "name", rule.id());
      json.writeName("shortDescription");
      json.writeStartObject();
      JsonOut.text(json, "text", context.text(rule.title()));
      json.writeEndObject();
      json.writeName("fullDescription");
      json.writeStartObject();
      JsonOut.text(json, "text", context.text(rule.rationale()));
      json.writeEndObject();
      JsonOut.text(json, "helpUri", helpUri(rule.id()));
      json.writeName("defaultConfiguration");
      json.writeStartObject();
      JsonOut.text(json, "level", level(configured.severity()));
      json.writeEndObject();
      json.writeName("properties");
      json.writeStartObject();
      CatalogJson.citations(json, rule);
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    return index;
  }

  private static void result(
      JsonGenerator json, Finding f, Map<String, Integer> index, boolean accepted, ReportContext context) {
    json.writeStartObject();
    JsonOut.text(json, "ruleId", f.ruleId());
    Integer at = index.get(f.ruleId());
    if (at != null) {
      JsonOut.number(json, "ruleIndex", at);
    }
    JsonOut.text(json, "level", level(f.severity()));
    message(json, f.message(context.language()) + f.hint(context.language()).map(h -> " " + context.word("report.hint", h)).orElse(""));
    locations(json, context.where(f), f.networkId().map(id -> id + ":").orElse("") + f.localPointer());
    json.writeName("properties");
    json.writeStartObject();
    JsonOut.text(json, "basis", f.basis().name().toLowerCase(Locale.ROOT));
    json.writeEndObject();
    json.writeName("partialFingerprints");
    json.writeStartObject();
    JsonOut.text(json, "gcmkit/v1", fingerprint(f.ruleId(), f.networkId(), f.localPointer().toString()));
    json.writeEndObject();
    if (accepted) {
      json.writeName("suppressions");
      json.writeStartArray();
      json.writeStartObject();
      JsonOut.text(json, "kind", "external");
      JsonOut.text(json, "justification", context.word("sarif.accepted"));
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void message(JsonGenerator json, String text) {
    json.writeName("message");
    json.writeStartObject();
    JsonOut.text(json, "text", text);
    json.writeEndObject();
  }

  /**
   * The file, line and column when known (in a file of several documents, the ordinal of the
   * document in the physical location's properties: the file, line and column are the file's,
   * which code-scanning services can show), and the element's name as a logical location.
   */
  private static void locations(JsonGenerator json, Optional<Location> at, String element) {
    json.writeName("locations");
    json.writeStartArray();
    json.writeStartObject();
    at.ifPresent(l -> {
      json.writeName("physicalLocation");
      json.writeStartObject();
      json.writeName("artifactLocation");
      json.writeStartObject();
      JsonOut.text(json, "uri", uri(l.source()));
      json.writeEndObject();
      json.writeName("region");
      json.writeStartObject();
      JsonOut.number(json, "startLine", l.line());
      JsonOut.number(json, "startColumn", l.column());
      json.writeEndObject();
      l.document().ifPresent(d -> {
        json.writeName("properties");
        json.writeStartObject();
        JsonOut.number(json, "document", d);
        json.writeEndObject();
      });
      json.writeEndObject();
    });
    json.writeName("logicalLocations");
    json.writeStartArray();
    json.writeStartObject();
    JsonOut.text(json, "fullyQualifiedName", element.isEmpty() ? "/" : element);
    JsonOut.text(json, "kind", "element");
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
  }

  private static void properties(JsonGenerator json, Parts parts, Totals totals) throws IOException {
    ReportContext context = parts.context();
    json.writeName("properties");
    json.writeStartObject();
    JsonOut.text(json, "profile", context.profile());
    totals.catalogVersion().ifPresent(v -> JsonOut.text(json, "catalogVersion", v));
    json.writeName("passed");
    json.writeBoolean(totals.passed());
    json.writeName("notEvaluated");
    json.writeStartArray();
    parts.forEach((report, located) -> {
      for (NotEvaluated n : report.notEvaluated()) {
        json.writeStartObject();
        JsonOut.text(json, "rule", n.ruleId());
        n.networkId().ifPresent(id -> JsonOut.text(json, "network", id));
        JsonOut.text(json, "path", n.localPointer().toString());
        located.where(n).ifPresent(l -> place(json, l));
        JsonOut.text(json, "reason", n.reason(located.language()));
        json.writeEndObject();
      }
    });
    json.writeEndArray();
    json.writeName("noLongerOccurring");
    json.writeStartArray();
    totals.noLongerOccurring().forEach(e -> entry(json, e, context));
    json.writeEndArray();
    json.writeName("expired");
    json.writeStartArray();
    totals.expired().forEach(e -> entry(json, e, context));
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void entry(JsonGenerator json, Baseline.Entry e, ReportContext context) {
    json.writeStartObject();
    JsonOut.text(json, "rule", e.ruleId());
    e.networkId().ifPresent(id -> JsonOut.text(json, "network", id));
    JsonOut.text(json, "path", e.pointer().toString());
    context.where(e).ifPresent(l -> place(json, l));
    e.reason().ifPresent(r -> JsonOut.text(json, "reason", r));
    e.acceptedBy().ifPresent(a -> JsonOut.text(json, "acceptedBy", a));
    e.expires().ifPresent(d -> JsonOut.text(json, "expires", d.toString()));
    json.writeEndObject();
  }

  private static void place(JsonGenerator json, Location l) {
    JsonOut.text(json, "source", l.source());
    l.document().ifPresent(d -> JsonOut.number(json, "document", d));
    JsonOut.number(json, "line", l.line());
    JsonOut.number(json, "column", l.column());
  }

  /** SARIF's level for a severity: {@code error}, {@code warning} or {@code note}. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** The link to the rule's section of docs/rules.md, as GitHub names a heading's anchor. */
  static String helpUri(String ruleId) {
    return RULES_PAGE + "#" + ruleId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_ -]", "").replace(' ', '-');
  }

  /** A stable key of a finding, the same while its rule, network and element are: not its wording. */
  static String fingerprint(String ruleId, Optional<String> network, String pointer) {
    return Hashing.sha256()
        .hashString(ruleId + "\n" + network.orElse("") + "\n" + pointer, StandardCharsets.UTF_8)
        .toString();
  }

  /**
   * The file as a URI reference: a relative path stays relative (code-scanning services resolve it
   * against the repository), with its characters percent-encoded; an absolute path is a file URI.
   */
  static String uri(String source) {
    String path = source.replace('\\', '/');
    try {
      String encoded = new URI(null, null, path, null).toASCIIString();
      return path.startsWith("/") ? "file://" + encoded : encoded.startsWith("./") ? encoded.substring(2) : encoded;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("source: '" + source + "' cannot be a path", e);
    }
  }
}
