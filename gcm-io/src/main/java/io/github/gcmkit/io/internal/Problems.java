package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.model.JsonPointer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems found in one document, in the order they are found: the first {@value
 * #MOST} of them, and how many more there were.
 */
public final class Problems {

  /**
   * The most problems listed for one document. Each costs memory, and a document within the limits
   * can hold a million (a field unknown in strict mode, a value of the wrong type): past these,
   * problems are counted, not kept.
   */
  public static final int MOST = 1_000;

  private final List<FormatProblem> found = new ArrayList<>();
  private final int lineOffset;
  /** The problems past {@link #MOST}, counted; where the first of them is. */
  private int more;
  private String firstMorePointer = "";
  private int firstMoreLine;
  private int firstMoreColumn;

  /** How many lines precede the document in its source (an NDJSON line's number less one). */
  public int lineOffset() {
    return lineOffset;
  }

  /** A collector whose line numbers are shifted by {@code lineOffset} (for NDJSON lines). */
  public Problems(int lineOffset) {
    this.lineOffset = lineOffset;
  }

  /** Records a problem at {@code pointer}, located at {@code where}. */
  public void add(String pointer, Tree where, String message) {
    add(pointer, where.line(), where.column(), message);
  }

  /** Records a problem at {@code pointer}, located at {@code where}. */
  public void add(Path pointer, Tree where, String message) {
    add(pointer.toString(), where.line(), where.column(), message);
  }

  /** Records a problem at {@code pointer}, at a known line and column. */
  public void add(Path pointer, int line, int column, String message) {
    add(pointer.toString(), line, column, message);
  }

  /** Records a problem at {@code pointer}, at a known line and column. */
  public void add(String pointer, int line, int column, String message) {
    if (found.size() < MOST) {
      found.add(new FormatProblem(JsonPointer.parse(pointer), line + lineOffset, column, message));
      return;
    }
    if (more++ == 0) {
      firstMorePointer = pointer;
      firstMoreLine = line + lineOffset;
      firstMoreColumn = column;
    }
  }

  /** How many problems were found so far. */
  int count() {
    return found.size();
  }

  /**
   * Forgets the problems found after the first {@code count}, and returns them (for a reader that
   * keeps only some of them).
   */
  List<FormatProblem> truncate(int count) {
    List<FormatProblem> after = new ArrayList<>(found.subList(count, found.size()));
    found.subList(count, found.size()).clear();
    more = 0;
    return after;
  }

  /** Records problems found before, as they were recorded. */
  void restore(List<FormatProblem> problems) {
    found.addAll(problems);
  }

  /** Whether any problem was found. */
  public boolean any() {
    return !found.isEmpty();
  }

  /**
   * The problems found so far, in document order (by line, then column), and last, if there were
   * more than {@link #MOST}, one that says how many more, at the first of them.
   */
  public List<FormatProblem> all() {
    List<FormatProblem> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(FormatProblem::line).thenComparingInt(FormatProblem::column));
    if (more > 0) {
      sorted.add(new FormatProblem(JsonPointer.parse(firstMorePointer), firstMoreLine, firstMoreColumn,
          "and " + more + (more == 1 ? " more problem" : " more problems") + " from here on, not listed:"
              + " a document lists at most " + MOST));
    }
    return sorted;
  }
}
