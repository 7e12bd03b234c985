package io.github.gcmkit.io;

import java.util.Optional;

/**
 * Where each value of a document read by gcm-io stood in its source: given a JSON Pointer into the
 * document, the line and column of the value it names or, when the document has no such value (a
 * missing field, an index past the end), of the deepest enclosing value it does have.
 *
 * <p>A document built in code has {@linkplain #none() no positions}: the model and the rules know
 * nothing of files, and only documents read with {@link GcmJson} or {@link GcmYaml} are located.
 * Implementations are immutable and thread-safe.
 */
public interface DocumentPositions {

  /**
   * The location of the value {@code pointer} names, or of its nearest enclosing value in the
   * document; empty for a document without positions.
   *
   * @param pointer a JSON Pointer (RFC 6901) into the document, {@code ""} for the whole document
   * @throws IllegalArgumentException if {@code pointer} is neither empty nor starts with {@code /}
   */
  Optional<Location> locate(String pointer);

  /** The positions of a document built in code: none. */
  static DocumentPositions none() {
    return pointer -> {
      if (!pointer.isEmpty() && !pointer.startsWith("/")) {
        throw new IllegalArgumentException("pointer: '" + pointer + "' is not a JSON Pointer");
      }
      return Optional.empty();
    };
  }
}
