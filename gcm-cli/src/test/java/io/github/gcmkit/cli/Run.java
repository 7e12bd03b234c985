package io.github.gcmkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import picocli.CommandLine;

/**
 * One in-process run of the {@code gcm} command, built as {@link Gcm#main} builds it for its
 * arguments: its exit code and what it wrote to standard output and standard error.
 *
 * @param exitCode the exit code
 * @param out standard output
 * @param err standard error
 */
record Run(int exitCode, String out, String err) {

  /** Runs {@code gcm args}, output not to a terminal. */
  static Run gcm(String... args) {
    return gcm(false, args);
  }

  /** Runs {@code gcm args}, output to a terminal if {@code terminal}. */
  static Run gcm(boolean terminal, String... args) {
    return run(Gcm.commandLine(terminal, Clock.systemDefaultZone(), args), args);
  }

  /** Runs {@code gcm args}, output not to a terminal, on a day and in a zone that {@code clock} fixes. */
  static Run gcm(Clock clock, String... args) {
    return run(Gcm.commandLine(false, clock, args), args);
  }

  private static Run run(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
