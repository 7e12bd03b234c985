package io.github.gcmkit.cli;

import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.io.escape.TerminalEscaper;
import io.github.gcmkit.model.InvariantViolation;
import io.github.gcmkit.model.LocalizedText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into clear lines on standard error and an exit code, never a stack trace
 * (what the lines quote from documents and arguments shows its controls escaped):
 * a wrong command line or an unreadable input gives 2, with one line per problem; anything else is
 * an internal error and gives 3.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    String language = Messages.languageOf(args, System.getenv());
    String message = ParseErrors.message(e, args, language);
    command.getErr().println(name + ": " + TerminalEscaper.text(message) + " " + Messages.text(language, "option.see-help", name));
    command.getErr().flush();
    return Gcm.UNREADABLE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    String language = Messages.language(parsed);
    int code = Gcm.UNREADABLE;
    if (e instanceof GcmFormatException format) {
      problems(err, format, language);
    } else if (e instanceof UnreadableException unreadable) {
      unreadable.inputs().forEach(input -> problems(err, input, language));
      err.println(name + ": " + unreadable.message(language));
    } else if (e instanceof UncheckedIOException io) {
      err.println(name + ": " + TerminalEscaper.text(describe(io.getCause(), language)));
    } else if (e instanceof OutOfMemoryException memory) {
      err.println(name + ": " + Messages.text(language, "out-of-memory.reading", TerminalEscaper.text(memory.input())));
      code = Gcm.INTERNAL;
    } else if (e instanceof CommandException refused) {
      err.println(name + ": " + TerminalEscaper.text(refused.message(language)));
    } else if (e instanceof InvariantViolation violation) {
      err.println(name + ": " + TerminalEscaper.text(violation(violation, language)));
    } else if (e instanceof IllegalArgumentException) {
      err.println(name + ": " + TerminalEscaper.text(String.valueOf(e.getMessage())));
    } else {
      err.println(name + ": " + Messages.text(language, "internal-error", TerminalEscaper.text(String.valueOf(e))));
      code = Gcm.INTERNAL;
    }
    err.flush();
    return code;
  }

  /**
   * Each problem of {@code e} on a line, in {@code language}: {@code wca.json:11:43:
   * /workplans/0/period/to: message}.
   */
  static void problems(PrintWriter err, GcmFormatException e, String language) {
    for (FormatProblem p : e.problems()) {
      err.println(TerminalEscaper.text(e.source()) + ":" + p.line() + ":" + p.column() + ": " + p.toString(language));
    }
  }

  /** A value the model refused, as its field and the problem in {@code language}. */
  private static String violation(InvariantViolation violation, String language) {
    String message = String.valueOf(violation.getMessage());
    String english = violation.problem();
    String field = message.endsWith(english) ? message.substring(0, message.length() - english.length()) : "";
    return field + violation.localizedProblem().text(language);
  }

    /** An I/O failure in plain words, naming the file, in English and French. */
  static LocalizedText describe(@Nullable IOException e) {
    return LocalizedText.en(describe(e, "en")).withTranslation(LocalizedText.FRENCH, describe(e, "fr"));
  }

  /** An I/O failure in plain words, naming the file, in {@code language}. */
  static String describe(@Nullable IOException e, String language) {
    if (e == null) {
      return Messages.text(language, "io.error");
    }
    if (e instanceof NoSuchFileException f) {
      return Messages.text(language, "io.no-such-file", f.getFile());
    }
    if (e instanceof AccessDeniedException f) {
      return Messages.text(language, "io.permission-denied", f.getFile());
    }
    if (e instanceof FileSystemException f && f.getFile() != null && Files.isDirectory(Path.of(f.getFile()))) {
      return Messages.text(language, "io.is-a-directory", f.getFile());
    }
    if (e instanceof FileSystemException f) {
      return f.getReason() == null ? Messages.text(language, "io.cannot-read-or-write", f.getFile()) : f.getFile() + ": " + f.getReason();
    }
    return String.valueOf(e.getMessage());
  }
}
