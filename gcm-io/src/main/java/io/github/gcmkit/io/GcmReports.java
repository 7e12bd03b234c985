package io.github.gcmkit.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.io.internal.ReportFormat;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Severity;
import java.util.List;

/**
 * Validation reports as JSON for tools ({@code "gcmReport": "1.0"}, described in {@code
 * docs/profiles.md} and by a JSON Schema shipped in this jar):
 *
 * <pre>{@code
 * {"gcmReport": "1.0", "profile": "baseline",
 *  "summary": {"errors": 0, "warnings": 0, "infos": 0, "notEvaluated": 0, "passed": true},
 *  "findings": [{"rule": "…", "severity": "warning", "network": "cm",
 *                "path": "/…", "message": {"en": "…", "fr": "…"}, "hint": "…"}],
 *  "notEvaluated": [{"rule": "…", "network": "…", "path": "/…", "reason": "…"}]}
 * }</pre>
 *
 * <p>{@code path} is a JSON Pointer into the document of the finding's {@code network} (into the
 * validated document when there is no network); {@code network} and {@code hint} are left out
 * when there is none. {@code summary.passed} says whether nothing was found at the fail level or
 * above. With a baseline, a {@code baseline} object says how many findings it accepted and which
 * of its entries no longer occur. When inputs could not be read, {@link #json(List)} gives the
 * same shape with nothing found, {@code passed} false and a {@code problems} array.
 *
 * <pre>{@code
 * String json = GcmReports.of(profile.name()).withFailLevel(Severity.WARNING).json(report);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GcmReports {

  private final String profile;
  private final Severity failLevel;
  private final String language;

  private GcmReports(String profile, Severity failLevel, String language) {
    checkArgument(!profile.isBlank(), "profile: the profile name is blank");
    this.profile = profile;
    this.failLevel = failLevel;
    this.language = language;
  }

  /**
   * Reports of validations with the profile named {@code profile}, failing at {@link
   * Severity#ERROR}, with hints and reasons in English.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static GcmReports of(String profile) {
    return new GcmReports(profile, Severity.ERROR, LocalizedText.ENGLISH);
  }

  /** A copy that decides {@code summary.passed} at {@code level}: nothing at that severity or above. */
  public GcmReports withFailLevel(Severity level) {
    return new GcmReports(profile, level, language);
  }

  /**
   * A copy that writes hints and reasons in {@code language} ({@code "en"} or {@code "fr"});
   * messages are always given in both.
   */
  public GcmReports withLanguage(String language) {
    return new GcmReports(profile, failLevel, language);
  }

  /** The report as JSON, ending with a line feed. */
  public String json(Report report) {
    return ReportFormat.write(report, profile, failLevel, language);
  }

  /**
   * The report of a validation that could not run because {@code unreadable} inputs could not be
   * read: nothing found, {@code passed} false, and a {@code problems} array of every problem with
   * its {@code source}, {@code pointer}, {@code line}, {@code column} and {@code message}.
   *
   * @throws IllegalArgumentException if there is no unreadable input
   */
  public String json(List<GcmFormatException> unreadable) {
    checkArgument(!unreadable.isEmpty(), "unreadable: no input failed to read");
    return ReportFormat.write(ImmutableList.copyOf(unreadable), profile);
  }
}
