package io.github.gcmkit.io;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.gcmkit.model.GcmStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where something stands in a source file: the file (or the name a document was read under), and
 * the 1-based line and column, as editors and CI systems count them; in a file of several
 * documents (NDJSON, one a line), also which of them. An immutable value, of the same Immutables
 * style as the model.
 */
@Value.Immutable(builder = false, copy = false)
@GcmStyle
public abstract class Location {

  Location() {}

  /**
   * The location {@code source:line:column}.
   *
   * @param source the file or the name the document was read under
   * @param line the 1-based line
   * @param column the 1-based column
   * @throws IllegalArgumentException if the source is blank or the line or column is below 1
   */
  public static Location of(String source, int line, int column) {
    return ImmutableLocation.of(source, line, column, Optional.empty());
  }

  /**
   * The location {@code source:line:column} in the {@code document}th document of a file of
   * several (an NDJSON file, one document a line): the line and column are still the file's.
   *
   * @param source the file
   * @param document the 1-based ordinal of the document in the file
   * @param line the 1-based line in the file
   * @param column the 1-based column
   * @throws IllegalArgumentException if the source is blank or a number is below 1
   */
  public static Location of(String source, int document, int line, int column) {
    return ImmutableLocation.of(source, line, column, Optional.of(document));
  }

  /** The file or the name the document was read under. */
  @Value.Parameter
  public abstract String source();

  /** The 1-based line. */
  @Value.Parameter
  public abstract int line();

  /** The 1-based column. */
  @Value.Parameter
  public abstract int column();

  /**
   * The 1-based ordinal of the document in its file when the file holds several (the third line of
   * documents of an NDJSON file is {@code 3}); empty for a file of one document.
   */
  @Value.Parameter
  public abstract Optional<Integer> document();

  /** Checks the parts. */
  @Value.Check
  protected void check() {
    checkArgument(!source().isBlank(), "source: blank");
    checkArgument(line() >= 1, "line: %s is not 1-based", line());
    checkArgument(column() >= 1, "column: %s is not 1-based", column());
    document().ifPresent(d -> checkArgument(d >= 1, "document: %s is not 1-based", d));
  }

  /**
   * {@code source:line:column}, the form editors and terminals turn into a link (the line tells
   * the document of an NDJSON file).
   */
  @Override
  public String toString() {
    return source() + ":" + line() + ":" + column();
  }
}
