package io.github.gcmkit.cli;

import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmBaselines;
import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.io.GcmOptions;
import io.github.gcmkit.io.GcmProfiles;
import io.github.gcmkit.io.GcmReports;
import io.github.gcmkit.io.ReportFormat;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Validator;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gcm check}: validates documents or the bundled datasets against a rule profile. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Validate networks, charters and workplans against a rule profile.",
      "",
      "Federation, network and event documents are checked together, as one federation; a charter or "
          + "workplan document is checked on its own. The text report, for people, groups findings by "
          + "network; the JSON report, for tools, is described in docs/profiles.md.",
      ""
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   nothing found at or above the fail level",
      "  1   something found at or above the fail level",
      "  2   an input, the profile or the baseline cannot be read (the JSON report",
      "      lists the problems with pointer, line and column), or the command line",
      "      is wrong"
    })
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Option(names = "--profile", paramLabel = "FILE|baseline", defaultValue = "baseline",
      description = "The rule profile: 'baseline' (every built-in rule; the default) or a profile file in JSON or YAML.")
  String profile = "baseline";

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "A baseline of accepted findings (JSON): only new findings are reported.")
  @Nullable Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Write a baseline that accepts every finding of this run to FILE (entries already accepted "
          + "keep their reason, owner and expiry).")
  @Nullable Path writeBaseline;

  @Option(names = "--update-baseline", paramLabel = "FILE",
      description = "Use the baseline FILE, then rewrite it without the entries that no longer occur; it never "
          + "gains entries (use --write-baseline for that).")
  @Nullable Path updateBaseline;

  @Option(names = "--format", paramLabel = "text|json|sarif|junit|github|markdown", defaultValue = "text",
      description = "The report: 'text' for people (the default), 'json' for tools, 'sarif' (SARIF 2.1.0) for "
          + "code scanning, 'junit' (JUnit XML) for test dashboards, 'github' for GitHub Actions annotations, "
          + "'markdown' for a pull-request comment or a CI step summary.")
  String format = "text";

  @Option(names = "--fail-on", paramLabel = "error|warning|info", defaultValue = "error",
      description = "The least severity that fails the check (exit code 1); 'error' by default.")
  String failOn = "error";

  @Mixin LanguageOption lang = new LanguageOption();

  @Mixin AsOf asOf = new AsOf();

  @Option(names = "--lenient",
      description = "Read files leniently: keep unknown fields and accept entity codes the catalogue does not know "
          + "(as in the output of 'gcm generate'). Strict by default.")
  boolean lenient;

  @Option(names = "--max-document-size", paramLabel = "SIZE", converter = ByteSize.class,
      description = "The largest document read, in bytes or with K, M or G (200M, 1G); by default 64M, "
          + "or a quarter of the heap when that is more. "
          + "A document allowed to be larger may also hold proportionally more values.")
  @Nullable Long maxDocumentSize;

  @ArgGroup(exclusive = false, multiplicity = "1")
  @Nullable Documents documents;

  @Override
  public Integer call() {
    ReportFormat reportFormat = ReportFormat.valueOf(Choice.of(spec, "--format", format,
        Arrays.stream(ReportFormat.values()).map(ReportFormat::code).toArray(String[]::new)).toUpperCase(Locale.ROOT));
    Severity failLevel = Severity.valueOf(
        Choice.of(spec, "--fail-on", failOn, "error", "warning", "info").toUpperCase(Locale.ROOT));
    Documents what = Objects.requireNonNull(documents).check();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = new Progress(err, what.size() > 50);

    List<GcmFormatException> unreadable = new ArrayList<>();
    Profile rules = attempt(unreadable, () -> profile.equals("baseline")
        ? Profile.baseline()
        : GcmProfiles.defaults().read(Inputs.regularFile(Path.of(profile))), "unreadable.profile", Path.of(profile));
    if (baseline != null && updateBaseline != null && !baseline.equals(updateBaseline)) {
      throw OptionException.of(spec.commandLine(), "option.baselines-differ");
    }
    Path baselineFile = updateBaseline != null ? updateBaseline : baseline;
    Baseline accepted = Baseline.empty();
    if (baselineFile != null) {
      accepted = attempt(unreadable, () -> GcmBaselines.read(Inputs.regularFile(baselineFile)), "unreadable.baseline", baselineFile);
    }
    if (what.streamed()) {
      return streamed(what, rules, accepted, unreadable, reportFormat, failLevel);
    }
    progress.step(lang.language, "progress.reading", what.size());
    Map<String, GcmDocument> inputs = what.read(unreadable, readOptions());
    String profileName = rules == null ? profile : rules.name();
    Subject subject = null;
    if (unreadable.isEmpty()) {
      try {
        subject = Subject.of(inputs);
      } catch (UnreadableException e) {
        unreadable.addAll(e.inputs());
      }
    }
    if (!unreadable.isEmpty() || rules == null || accepted == null || subject == null) {
      return nothingChecked(unreadable, profileName, reportFormat);
    }

    Validator validator = Validator.builder()
        .profile(rules)
        .baseline(accepted)
        .asOf(asOf.date())
        .parallelism(inputs.size() > 50 ? Runtime.getRuntime().availableProcessors() : 1)
        .build();
    progress.step(lang.language, "progress.validating", rules.name());
    Report report = subject.validate(validator);
    if (writeBaseline != null) {
      Baseline written = keepNotes(Baseline.of(report), accepted);
      GcmBaselines.write(written, writeBaseline);
      err.println("gcm: " + Messages.text(lang.language, "baseline.written", written.entries().size(), writeBaseline));
    }
    Path updated = updateBaseline;
    if (updated != null) {
      List<Baseline.Entry> stale = new ArrayList<>(report.noLongerOccurring());
      report.expired().stream()
          .filter(e -> report.findings().stream().noneMatch(e::accepts))
          .forEach(stale::add);
      GcmBaselines.write(accepted.without(stale).withCatalogVersion(report.catalogVersion()), updated);
      err.println("gcm: " + Messages.text(lang.language, stale.size() == 1 ? "baseline.removed.one" : "baseline.removed.many",
          stale.size(), updated));
    }
    GcmReports reports = GcmReports.of(rules.name()).withFailLevel(failLevel).withLanguage(lang.language)
        .withSources(what.sources(inputs));
    if (subject.federation() != null) {
      reports = reports.withFederation(subject.federation());
    }
    if (reportFormat == ReportFormat.TEXT) {
      Style style = new Style(Gcm.of(spec).terminal());
      out.print(style.bold("gcm check") + " — ");
      reports = reports.withColour(Gcm.of(spec).terminal());
    }
    reports.write(report, reportFormat, out);
    out.flush();
    err.flush();
    return report.passed(failLevel) ? Gcm.OK : Gcm.FOUND;
  }

  /** Says that nothing was checked, because of the problems of the {@code unreadable} inputs. */
  private int nothingChecked(List<GcmFormatException> unreadable, String profileName, ReportFormat reportFormat) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (reportFormat != ReportFormat.TEXT) {
      GcmReports.of(profileName).withLanguage(lang.language).write(unreadable, reportFormat, out);
    }
    unreadable.forEach(e -> Errors.problems(err, e, lang.language));
    err.println(spec.qualifiedName() + ": " + (unreadable.size() == 1
        ? Messages.text(lang.language, "unreadable.nothing-checked.one")
        : Messages.text(lang.language, "unreadable.nothing-checked.many", unreadable.size())));
    err.flush();
    return Gcm.UNREADABLE;
  }

  /**
   * Checks NDJSON files alone a line at a time, in memory that does not grow with their number of
   * lines ({@link StreamedCheck}): they are copied ({@link Snapshots}), the copies read once to find
   * the lines that cannot be read (then nothing is checked), then read and validated again for each
   * pass the report's format makes: every pass reads the same bytes, whatever happens to the files.
   */
  private int streamed(Documents what, @Nullable Profile rules, @Nullable Baseline accepted,
      List<GcmFormatException> unreadable, ReportFormat reportFormat, Severity failLevel) {
    if (writeBaseline != null || updateBaseline != null) {
      throw CommandException.of("refused.streamed-baseline");
    }
    try (Snapshots copies = what.snapshot()) {
      return streamed(what, rules, accepted, unreadable, reportFormat, failLevel, readOptions());
    }
  }

  private int streamed(Documents what, @Nullable Profile rules, @Nullable Baseline accepted,
      List<GcmFormatException> unreadable, ReportFormat reportFormat, Severity failLevel, GcmOptions options) {
    int[] lines = {0};
    what.readLines(unreadable, options, line -> {
      StreamedCheck.admit(line);
      lines[0]++;
    });
    if (!unreadable.isEmpty() || rules == null || accepted == null) {
      return nothingChecked(unreadable, rules == null ? profile : rules.name(), reportFormat);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StreamedCheck check = StreamedCheck.of(rules, Validator.builder().baseline(accepted).asOf(asOf.date()), failLevel);
    if (!check.leftOut().isEmpty()) {
      err.println(spec.qualifiedName() + ": " + Messages.text(lang.language, "streamed.left-out",
          what.names(), check.leftOut().size(), String.join(", ", check.leftOut())));
      err.flush();
    }
    GcmReports reports = GcmReports.of(rules.name()).withFailLevel(failLevel).withLanguage(lang.language);
    if (reportFormat == ReportFormat.TEXT) {
      Style style = new Style(Gcm.of(spec).terminal());
      out.print(style.bold("gcm check") + " — ");
      reports = reports.withColour(Gcm.of(spec).terminal());
    }
    reports.write(() -> lines[0] == 0 ? Stream.of(check.nothing()) : what.lines(options).map(line -> {
      if (line.document() == null) {
        throw CommandException.of("input.changed", line.source());
      }
      return check.part(line);
    }), reportFormat, out);
    out.flush();
    err.flush();
    return check.failed() ? Gcm.FOUND : Gcm.OK;
  }

  /** {@code written}'s entries, each with the reason, owner and expiry its twin in {@code accepted} had. */
  private static Baseline keepNotes(Baseline written, Baseline accepted) {
    Map<Baseline.Entry, Baseline.Entry> notes = new java.util.HashMap<>();
    accepted.entries().forEach(e -> notes.put(e, e));
    return Baseline.of(written.entries().stream().map(e -> notes.getOrDefault(e, e)).toList())
        .withCatalogVersion(written.catalogVersion());
  }

  /**
   * How documents are read: strictly or leniently, and with a larger document limit when one is
   * given, the limit on values growing in proportion from the default's one per 32 bytes.
   */
  private GcmOptions readOptions() {
    GcmOptions options = GcmOptions.defaults().withLenient(lenient);
    Long given = maxDocumentSize;
    long size = given != null ? given : defaultDocumentSize(Runtime.getRuntime().maxMemory());
    if (size == GcmOptions.DEFAULT_MAX_DOCUMENT_LENGTH) {
      return options;
    }
    long values = Math.max(GcmOptions.DEFAULT_MAX_VALUES, Math.min(Integer.MAX_VALUE, size / 32));
    return options.withMaxDocumentLength(size).withMaxValues((int) values);
  }

  /**
   * The largest document read when {@code --max-document-size} is not given, in a heap of at most
   * {@code maxHeap} bytes: the library's 64 MiB, or a quarter of the heap when that is more. A
   * model holds about twice its compact JSON, so such a document fits beside the report; in the
   * 256 MB heap of the memory budget the limit stays 64 MiB, and a larger heap checks larger
   * documents (the 91 MB of {@code gcm generate --networks 1000}) without an option.
   */
  static long defaultDocumentSize(long maxHeap) {
    return Math.max(GcmOptions.DEFAULT_MAX_DOCUMENT_LENGTH, maxHeap / 4);
  }

  /**
   * The value {@code read} gives, or {@code null} after adding why it could not be read to {@code
   * unreadable}.
   */
  private static <T> @Nullable T attempt(
      List<GcmFormatException> unreadable, Supplier<T> read, String key, Path source) {
    try {
      return read.get();
    } catch (GcmFormatException e) {
      unreadable.add(e);
    } catch (UncheckedIOException e) {
      unreadable.add(new GcmFormatException(source.toString(), List.of(new FormatProblem(
          JsonPointer.root(), 1, 1, Optional.of(key), Messages.localized(key, Errors.describe(e.getCause()))))));
    } catch (OutOfMemoryError e) {
      throw new OutOfMemoryException(source.toString());
    }
    return null;
  }

  /** What is validated: a federation, or one charter or workplan on its own. */
  record Subject(@Nullable Federation federation, @Nullable Object standalone, String source) {

    static Subject of(Map<String, GcmDocument> documents) {
      List<String> standalone = documents.entrySet().stream()
          .filter(e -> e.getValue().value() instanceof Charter || e.getValue().value() instanceof Workplan)
          .map(Map.Entry::getKey)
          .toList();
      if (standalone.isEmpty()) {
        return new Subject(Inputs.federation(documents), null, "");
      }
      if (documents.size() > 1) {
        throw CommandException.of("refused.standalone", standalone.get(0));
      }
      String source = standalone.get(0);
      return new Subject(null, Objects.requireNonNull(documents.get(source)).value(), source);
    }

    Report validate(Validator validator) {
      if (federation != null) {
        return validator.validate(federation);
      }
      return standalone instanceof Charter c ? validator.validate(c) : validator.validate((Workplan) Objects.requireNonNull(standalone));
    }
  }
}
