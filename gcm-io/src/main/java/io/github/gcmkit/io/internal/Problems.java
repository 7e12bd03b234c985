package io.github.gcmkit.io.internal;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.model.InvariantViolation;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.MessageBundle;
import io.github.gcmkit.model.LocalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

  /** The key of a model invariant told in free text, which the model's bundle does not word. */
  private static final String INVARIANT = "invariant";

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

  /**
   * Records the problem {@code key} of the bundle of reading problems ({@link FormatProblem#of}),
   * its placeholders filled with {@code args}, at {@code pointer}, at a known line and column.
   */
  public void report(String pointer, int line, int column, String key, Object... args) {
    if (kept(pointer, line, column)) {
      found.add(FormatProblem.of(JsonPointer.parse(pointer), line + lineOffset, column, key, args));
    }
  }

  /** Records the problem {@code key} of the bundle of reading problems at {@code pointer}, at a known line and column. */
  public void report(Path pointer, int line, int column, String key, Object... args) {
    report(pointer.toString(), line, column, key, args);
  }

  /** Records the problem {@code key} of the bundle of reading problems at {@code pointer}, located at {@code where}. */
  public void report(String pointer, Tree where, String key, Object... args) {
    report(pointer, where.line(), where.column(), key, args);
  }

  /** Records the problem {@code said} at {@code pointer}, at a known line and column. */
  public void report(String pointer, int line, int column, Said said) {
    report(pointer, line, column, said.key(), said.args().toArray());
  }

  /** Records the problem {@code said} at {@code pointer}, located at {@code where}. */
  public void report(String pointer, Tree where, Said said) {
    report(pointer, where.line(), where.column(), said);
  }

  /**
   * Records a broken model invariant at {@code pointer}, at a known line and column, worded by the
   * model's bundle of invariants and known to tools by its key there ({@code invariant.id-twice}).
   */
  public void invariant(String pointer, int line, int column, InvariantViolation violation) {
    worded(pointer, line, column, violation.key().orElse(INVARIANT), violation.localizedProblem().toLocalizedText());
  }

  /**
   * Records that the model refused a value at {@code pointer} for {@code why}: a broken invariant in
   * its own words, any other refusal as {@code invalid-value} with the refusal's text as detail.
   */
  public void refused(String pointer, int line, int column, IllegalArgumentException why) {
    if (why instanceof InvariantViolation violation) {
      invariant(pointer, line, column, violation);
    } else {
      report(pointer, line, column, "invalid-value", String.valueOf(why.getMessage()));
    }
  }

  /** Records a problem worded already in English and French, known to tools by {@code key}. */
  public void worded(String pointer, int line, int column, String key, LocalizedText text) {
    if (kept(pointer, line, column)) {
      found.add(new FormatProblem(JsonPointer.parse(pointer), line + lineOffset, column, Optional.of(key), text));
    }
  }

  /**
   * Whether a problem at {@code pointer} is listed: it is among the first {@link #MOST}; past
   * them it is counted, and the place of the first one kept.
   */
  private boolean kept(String pointer, int line, int column) {
    if (found.size() < MOST) {
      return true;
    }
    if (more++ == 0) {
      firstMorePointer = pointer;
      firstMoreLine = line + lineOffset;
      firstMoreColumn = column;
    }
    return false;
  }

  /**
   * A kind of value in English and French, from its English description ({@code "an object"},
   * {@code "a string or an object of texts by language"}): the message {@code kind.<slug>} of the
   * bundle of reading problems.
   */
  static LocalizedText kind(String description) {
    return words().text("kind." + description.replaceAll("[^a-z]+", "-"));
  }

  /**
   * The bundle of reading problems, read when a problem is first worded: a document without
   * problems is read without it.
   */
  static MessageBundle words() {
    return Words.BUNDLE;
  }

  /** Holds the bundle of reading problems, loaded when the class is first used. */
  private static final class Words {
    static final MessageBundle BUNDLE =
        MessageBundle.load(name -> Problems.class.getResourceAsStream(name), "/io/github/gcmkit/io/problems");
  }

  /** Records that the value at {@code pointer} is {@code found} where {@code expected} was, both English descriptions. */
  void wrongType(String pointer, int line, int column, String expected, String found) {
    report(pointer, line, column, "wrong-type", kind(expected), kind(found));
  }

  /**
   * The problem {@code key} of the bundle of reading problems with {@code args} for its
   * placeholders, not yet placed in a document: what a reader's lower layers (the input, the
   * tokens) give the one that knows where it is.
   */
  static Said said(String key, Object... args) {
    return new Said(key, ImmutableList.copyOf(args));
  }

  /**
   * A problem's message before it is placed: its key in the bundle of reading problems and the
   * arguments of its placeholders.
   *
   * @param key the message's key in the bundle of reading problems
   * @param args the arguments of its placeholders
   */
  record Said(String key, ImmutableList<Object> args) {

    /** The problem in English, as an exception's message gives it. */
    String english() {
      return words().text(key, args.toArray()).text(LocalizedText.ENGLISH);
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
      sorted.add(FormatProblem.of(JsonPointer.parse(firstMorePointer), firstMoreLine, firstMoreColumn,
          more == 1 ? "more-problems.one" : "more-problems.many", more, MOST));
    }
    return sorted;
  }
}
