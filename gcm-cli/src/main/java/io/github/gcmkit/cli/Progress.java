package io.github.gcmkit.cli;

import java.io.PrintWriter;

/**
 * Progress of a long run, on standard error so that standard output stays the result: one line a
 * step, with the seconds since the start. Silent for short runs.
 */
final class Progress {

  private final PrintWriter err;
  private final boolean shown;
  private final long start = System.nanoTime();

  /** Progress on {@code err}, shown only if {@code shown}: for a long run. */
  Progress(PrintWriter err, boolean shown) {
    this.err = err;
    this.shown = shown;
  }

  /**
   * Says that the step the command's message {@code key} words starts, in {@code language}, its
   * placeholders filled with {@code args}. The message is read only when progress is shown: a
   * short run does not load the command's bundle for it.
   */
  void step(String language, String key, Object... args) {
    if (shown) {
      step(Messages.text(language, key, args));
    }
  }

  /** Says that {@code step} starts. */
  void step(String step) {
    if (shown) {
      long millis = (System.nanoTime() - start) / 1_000_000;
      err.printf("gcm: %s (%d.%ds)%n", step, millis / 1000, (millis % 1000) / 100);
      err.flush();
    }
  }
}
