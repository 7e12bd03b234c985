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

  /** Says that {@code step} starts. */
  void step(String step) {
    if (shown) {
      long millis = (System.nanoTime() - start) / 1_000_000;
      err.printf("gcm: %s (%d.%ds)%n", step, millis / 1000, (millis % 1000) / 100);
      err.flush();
    }
  }
}
