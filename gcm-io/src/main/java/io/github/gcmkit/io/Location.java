package io.github.gcmkit.io;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Where something stands in a source file: the file (or the name a document was read under), and
 * the 1-based line and column, as editors and CI systems count them.
 *
 * @param source the file or the name the document was read under
 * @param line the 1-based line
 * @param column the 1-based column
 */
public record Location(String source, int line, int column) {

  /** Checks the parts. */
  public Location {
    checkArgument(!source.isBlank(), "source: blank");
    checkArgument(line >= 1, "line: %s is not 1-based", line);
    checkArgument(column >= 1, "column: %s is not 1-based", column);
  }

  /** {@code source:line:column}, the form editors and terminals turn into a link. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
