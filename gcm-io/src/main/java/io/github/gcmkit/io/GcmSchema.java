package io.github.gcmkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON Schema (draft 2020-12) of the gcmkit format, as shipped in this jar. */
public final class GcmSchema {

  /** The schema's resource name in the jar. */
  public static final String RESOURCE = "/io/github/gcmkit/io/gcm-format-1.0.schema.json";

  private GcmSchema() {}

  /** The schema's text. */
  public static String text() {
    try (InputStream in = GcmSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
