package io.github.gcmkit.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats {@link GcmReports} writes a validation report in, each for the place people read
 * it: a terminal, a tool, a code-scanning service, a test dashboard, a pull request.
 */
public enum ReportFormat {
  /** Plain text for people, findings grouped by network, each at {@code file:line:column}. */
  TEXT,
  /** JSON for tools ({@code "gcmReport": "1.0"}), described in {@code docs/profiles.md}. */
  JSON,
  /** SARIF 2.1.0, for code-scanning services and editors. */
  SARIF,
  /** JUnit XML: a test suite per network, a test case per rule and element. */
  JUNIT,
  /** GitHub Actions workflow commands, one annotation per finding. */
  GITHUB,
  /** A Markdown summary for a pull-request comment or a CI step summary. */
  MARKDOWN;

  /** The name on the command line: {@code text}, {@code json}, {@code sarif}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named {@code code}, ignoring case, if there is one. */
  public static Optional<ReportFormat> ofCode(String code) {
    return Arrays.stream(values()).filter(f -> f.code().equalsIgnoreCase(code)).findFirst();
  }

  /** Every format's code, as {@code text|json|sarif|junit|github|markdown}. */
  public static String codes() {
    return Arrays.stream(values()).map(ReportFormat::code).collect(Collectors.joining("|"));
  }
}
