package io.github.gcmkit.io;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A document could not be read: every problem found in it, each with its JSON Pointer, line,
 * column and message. Reading never returns a partly built model: it returns the whole model or
 * throws this exception.
 *
 * <pre>{@code
 * try {
 *   Charter charter = GcmJson.defaults().read(path, Charter.class);
 * } catch (GcmFormatException e) {
 *   e.problems().forEach(p -> System.err.println(p.line() + ":" + p.column() + " " + p));
 * }
 * }</pre>
 */
public final class GcmFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;

  /** The problems; an immutable list, but typed as {@link List} for serializability. */
  private final List<FormatProblem> problems;

  /**
   * An exception for {@code problems} found in the document named {@code source}.
   *
   * @throws IllegalArgumentException if there are no problems
   */
  public GcmFormatException(String source, List<FormatProblem> problems) {
    super(describe(source, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: a format exception needs at least one problem");
    }
    this.source = source;
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * What was read: the file's path as given, {@code "the document"} for text and streams, {@code
   * "line 12"} for a line of an NDJSON stream.
   */
  public String source() {
    return source;
  }

  /** Every problem found, in document order of discovery. */
  public ImmutableList<FormatProblem> problems() {
    return ImmutableList.copyOf(problems);
  }

  private static String describe(String source, List<FormatProblem> problems) {
    StringBuilder s = new StringBuilder();
    s.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
        .append(" in ")
        .append(source)
        .append(':');
    for (FormatProblem p : problems) {
      s.append("\n  ").append(p.line()).append(':').append(p.column()).append(' ').append(p);
    }
    return s.toString();
  }
}
