package io.github.gcmkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) shipped in this jar: of the gcmkit document format, and of the
 * files around a validation — rule profiles, baselines and JSON reports.
 */
public final class GcmSchema {

  /** The resource name of the document format's schema in the jar. */
  public static final String RESOURCE = "/io/github/gcmkit/io/gcm-format-1.0.schema.json";

  /** The resource name of the rule profile schema ({@link GcmProfiles}). */
  public static final String PROFILE_RESOURCE = "/io/github/gcmkit/io/gcm-profile-1.0.schema.json";

  /** The resource name of the baseline schema ({@link GcmBaselines}). */
  public static final String BASELINE_RESOURCE = "/io/github/gcmkit/io/gcm-baseline-1.0.schema.json";

  /** The resource name of the JSON report schema ({@link GcmReports}). */
  public static final String REPORT_RESOURCE = "/io/github/gcmkit/io/gcm-report-1.0.schema.json";

  private GcmSchema() {}

  /** The text of the document format's schema. */
  public static String text() {
    return resource(RESOURCE);
  }

  /** The text of the rule profile schema. */
  public static String profileText() {
    return resource(PROFILE_RESOURCE);
  }

  /** The text of the baseline schema. */
  public static String baselineText() {
    return resource(BASELINE_RESOURCE);
  }

  /** The text of the JSON report schema. */
  public static String reportText() {
    return resource(REPORT_RESOURCE);
  }

  private static String resource(String name) {
    try (InputStream in = GcmSchema.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
