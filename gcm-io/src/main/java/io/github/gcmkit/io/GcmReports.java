package io.github.gcmkit.io;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.gcmkit.io.report.CatalogJson;
import io.github.gcmkit.io.report.GithubReport;
import io.github.gcmkit.io.report.JsonReport;
import io.github.gcmkit.io.report.JunitReport;
import io.github.gcmkit.io.report.MarkdownReport;
import io.github.gcmkit.io.report.Parts;
import io.github.gcmkit.io.report.ReportContext;
import io.github.gcmkit.io.report.SarifReport;
import io.github.gcmkit.io.report.TextReport;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.RuleCatalog;
import io.github.gcmkit.rules.Severity;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Validation reports in every {@link ReportFormat}: text for people, JSON for tools, SARIF 2.1.0
 * for code scanning, JUnit XML for test dashboards, GitHub workflow commands for pull-request
 * annotations, Markdown for a pull-request comment. Each is written to a {@link Writer} as it goes,
 * so a report of any size is never held whole; findings on documents read from files are shown at
 * their file, line and column when a {@link SourceMap} is given.
 *
 * <p>The JSON report ({@code "gcmReport": "1.0"}, described in {@code docs/profiles.md} and by a
 * JSON Schema shipped in this jar):
 *
 * <pre>{@code
 * {"gcmReport": "1.0", "profile": "baseline",
 *  "summary": {"errors": 0, "warnings": 0, "infos": 0, "notEvaluated": 0, "passed": true},
 *  "findings": [{"rule": "…", "severity": "warning", "network": "cm", "path": "/…",
 *                "source": "cm.json", "line": 12, "column": 7,
 *                "message": {"en": "…", "fr": "…"}, "hint": "…"}],
 *  "notEvaluated": [{"rule": "…", "network": "…", "path": "/…", "reason": "…"}]}
 * }</pre>
 *
 * <p>{@code path} is a JSON Pointer into the document of the finding's {@code network} (into the
 * validated document when there is no network); {@code source}, {@code line} and {@code column}
 * say where that element stood (of its enclosing object when it is absent) and are left out when
 * it was not read from a file; {@code network} and {@code hint} are left out when there is none.
 * {@code summary.passed} says whether nothing was found at the fail level or above. With a
 * baseline, a {@code baseline} object says how many findings it accepted and which of its entries
 * no longer occur. When inputs could not be read, {@link #json(List)} gives the same shape with
 * nothing found, {@code passed} false and a {@code problems} array.
 *
 * <pre>{@code
 * GcmReports reports = GcmReports.of(profile.name())
 *     .withFailLevel(Severity.WARNING)
 *     .withSources(SourceMap.of(documentsByFile));
 * reports.write(report, ReportFormat.SARIF, writer);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GcmReports {

  private final ReportContext context;

  private GcmReports(ReportContext context) {
    checkArgument(!context.profile().isBlank(), "profile: the profile name is blank");
    checkArgument(
        context.language().equals(LocalizedText.ENGLISH) || context.language().equals(LocalizedText.FRENCH),
        "language: '%s' is neither 'en' nor 'fr'",
        context.language());
    this.context = context;
  }

  /**
   * Reports of validations with the profile named {@code profile}, failing at {@link
   * Severity#ERROR}, in English, without locations or colours.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static GcmReports of(String profile) {
    return new GcmReports(ReportContext.builder()
        .profile(profile)
        .failLevel(Severity.ERROR)
        .language(LocalizedText.ENGLISH)
        .sources(SourceMap.none())
        .build());
  }

  /** A copy that decides whether the report passed at {@code level}: nothing at that severity or above. */
  public GcmReports withFailLevel(Severity level) {
    return new GcmReports(context.withFailLevel(level));
  }

  /**
   * A copy that writes in {@code language} ({@code "en"} or {@code "fr"}); the JSON report always
   * gives messages in both, and hints and reasons in this language.
   *
   * @throws IllegalArgumentException if the language is neither
   */
  public GcmReports withLanguage(String language) {
    return new GcmReports(context.withLanguage(language));
  }

  /** A copy that shows where each element stood in the files it was read from. */
  public GcmReports withSources(SourceMap sources) {
    return new GcmReports(context.withSources(sources));
  }

  /**
   * A copy that knows the validated {@code federation}: the text and Markdown reports name its
   * networks and list every one, even those without findings.
   */
  public GcmReports withFederation(Federation federation) {
    return new GcmReports(context.withFederation(federation));
  }

  /** A copy whose text report is coloured with ANSI escape sequences, for a terminal. */
  public GcmReports withColour(boolean colour) {
    return new GcmReports(context.withColour(colour));
  }

  /**
   * The rule catalogue as JSON for tools, ending with a line feed: its version and every rule with
   * its titles, rationale, severity, target, parameters, normative level, version and sources.
   */
  public static String catalog(RuleCatalog catalog) {
    StringWriter out = new StringWriter();
    CatalogJson.write(catalog, out);
    return out.toString();
  }

  /** The report as JSON, ending with a line feed. */
  public String json(Report report) {
    StringWriter out = new StringWriter();
    write(report, ReportFormat.JSON, out);
    return out.toString();
  }

  /**
   * The report of a validation that could not run because {@code unreadable} inputs could not be
   * read: nothing found, {@code passed} false, and a {@code problems} array of every problem with
   * its {@code source}, {@code pointer}, {@code line}, {@code column} and {@code message}.
   *
   * @throws IllegalArgumentException if there is no unreadable input
   */
  public String json(List<GcmFormatException> unreadable) {
    StringWriter out = new StringWriter();
    write(unreadable, ReportFormat.JSON, out);
    return out.toString();
  }

  /**
   * Writes {@code report} in {@code format} to {@code out}, a finding at a time; the writer is
   * flushed, not closed.
   *
   * @throws UncheckedIOException if the writer fails
   */
  public void write(Report report, ReportFormat format, Writer out) {
    write(Parts.of(report, context), format, out);
  }

  /**
   * Writes in {@code format} to {@code out} one report made of parts — the reports of the
   * documents of a stream, each validated on its own — as if it were one: one head, the totals
   * of every part, the findings of each part in turn; the writer is flushed, not closed. Each
   * part's elements are located by its own {@link ReportPart#sources()}, its networks named from
   * its own federation; the rules listed are those that ran in any part, in the order they
   * first ran, and a baseline entry no longer occurs when no part matched it.
   *
   * <p>{@code parts} is called once for each pass the format needs — one to add up the totals
   * (which JSON, SARIF, JUnit XML, Markdown and the text head write first), then one or two: the
   * findings, what could not be evaluated where the format lists it apart (JSON, SARIF, GitHub,
   * Markdown), JUnit XML's count of test cases before its suites — and must stream the same parts
   * each time; Markdown stops once its tables are full. Only one part is held at a time, so a
   * supplier that reads and validates its documents again on each call writes the report of a
   * corpus of any size in constant memory.
   *
   * @throws UncheckedIOException if the writer fails
   */
  public void write(Supplier<? extends Stream<ReportPart>> parts, ReportFormat format, Writer out) {
    write(Parts.of(parts, context), format, out);
  }

  private static void write(Parts parts, ReportFormat format, Writer out) {
    switch (format) {
      case TEXT -> TextReport.write(parts, out);
      case JSON -> JsonReport.write(parts, out);
      case SARIF -> SarifReport.write(parts, out);
      case JUNIT -> JunitReport.write(parts, out);
      case GITHUB -> GithubReport.write(parts, out);
      case MARKDOWN -> MarkdownReport.write(parts, out);
    }
  }

  /**
   * Writes in {@code format} to {@code out} the report of a validation that could not run because
   * {@code unreadable} inputs could not be read: every problem with its source, pointer, line and
   * column; the writer is flushed, not closed.
   *
   * @throws IllegalArgumentException if there is no unreadable input
   * @throws UncheckedIOException if the writer fails
   */
  public void write(List<GcmFormatException> unreadable, ReportFormat format, Writer out) {
    checkArgument(!unreadable.isEmpty(), "unreadable: no input failed to read");
    List<GcmFormatException> inputs = List.copyOf(unreadable);
    switch (format) {
      case TEXT -> TextReport.write(inputs, context, out);
      case JSON -> JsonReport.write(inputs, context.profile(), out);
      case SARIF -> SarifReport.write(inputs, context, out);
      case JUNIT -> JunitReport.write(inputs, context, out);
      case GITHUB -> GithubReport.write(inputs, context, out);
      case MARKDOWN -> MarkdownReport.write(inputs, context, out);
    }
  }
}
