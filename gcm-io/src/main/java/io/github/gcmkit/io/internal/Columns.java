package io.github.gcmkit.io.internal;

import tools.jackson.core.TokenStreamLocation;

/**
 * Where a parser's location is on its line, in characters (UTF-16 units), as people, editors and
 * SARIF count columns: parsers of characters count them already; Jackson's parser of bytes counts
 * bytes, which {@link Utf8Bytes} turns into characters.
 */
interface Columns {

  /** The columns of a parser of characters: as the parser counts them. */
  Columns CHARACTERS = new Columns() {
    @Override
    public int column(TokenStreamLocation where) {
      return where.getColumnNr();
    }
  };

  /** The character column of {@code where}; locations are asked for in the order of the document. */
  int column(TokenStreamLocation where);
}
