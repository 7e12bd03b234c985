package io.github.gcmkit.io.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import tools.jackson.core.exc.JacksonIOException;

/** Runs a report writer against its output, so that a failing output is one kind of exception. */
final class Output {

  /** What writes to the output. */
  @FunctionalInterface
  interface Body {
    void write() throws IOException;
  }

  private Output() {}

  /**
   * Runs {@code body} and flushes {@code out}.
   *
   * @throws UncheckedIOException if the output fails (a full disk, a closed pipe)
   */
  static void run(Writer out, Body body) {
    try {
      body.write();
      out.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
