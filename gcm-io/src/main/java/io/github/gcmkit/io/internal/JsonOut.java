package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.GcmOptions;
import java.io.StringWriter;
import java.io.Writer;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Writes the documents around a validation — profiles, baselines, reports — as pretty JSON in
 * gcmkit's canonical layout (two spaces, {@code "name": value}), ending with a line feed.
 */
public final class JsonOut {

  private static final ObjectWriteContext PRETTY =
      Factories.output(Factories.jsonFactory(GcmOptions.defaults()), true);

  private JsonOut() {}

  /**
   * A generator of pretty JSON to {@code out}, for a document written as a stream; closing it
   * flushes {@code out} without closing it.
   */
  public static JsonGenerator generator(Writer out) {
    return PRETTY.createGenerator(out);
  }

  /** The text {@code body} writes. */
  static String write(Consumer<JsonGenerator> body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = PRETTY.createGenerator(out)) {
      body.accept(generator);
    }
    return out.append('\n').toString();
  }

  /** Writes {@code "name": "value"}. */
  public static void text(JsonGenerator out, String name, String value) {
    out.writeName(name);
    out.writeString(value);
  }

  /** Writes {@code "name": value}. */
  public static void number(JsonGenerator out, String name, int value) {
    out.writeName(name);
    out.writeNumber(value);
  }
}
