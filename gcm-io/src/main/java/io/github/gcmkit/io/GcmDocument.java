package io.github.gcmkit.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Objects;

/**
 * A document as read: its kind, the model value it holds, and, when read in lenient mode, the
 * fields the format does not know.
 *
 * <p>{@code extensions} maps the JSON Pointer of an object in the document to that object's unknown
 * fields, each as compact JSON text, in document order. Writing the document puts them back in the
 * same objects, after the known fields, so that a document from a newer minor version of the format
 * survives a read-then-write round trip. The model itself never holds them.
 *
 * <p>{@code positions} says where each value stood in the text the document was read from, so
 * that a finding's JSON Pointer can be shown as a file, line and column; a document built in code
 * has {@linkplain DocumentPositions#none() none}. Positions are not part of the document's
 * content: two documents of equal kind, value and extensions are equal wherever they were read.
 *
 * @param kind what the document holds
 * @param value the federation, network, charter, workplan, event, joint programme or progress report
 * @param extensions unknown fields by the pointer of their enclosing object
 * @param positions where each value stood in the source the document was read from
 */
public record GcmDocument(
    DocumentKind kind,
    Object value,
    ImmutableMap<String, ImmutableMap<String, String>> extensions,
    DocumentPositions positions) {

  /** Checks that the value is of the kind. */
  public GcmDocument {
    checkArgument(
        kind.modelType().isInstance(value),
        "value: a %s document cannot hold %s",
        kind.code(),
        value.getClass().getSimpleName());
  }

  /** A document built in code, without positions. */
  public GcmDocument(
      DocumentKind kind, Object value, ImmutableMap<String, ImmutableMap<String, String>> extensions) {
    this(kind, value, extensions, DocumentPositions.none());
  }

  /** A document read from a source whose positions are {@code positions}. */
  public static GcmDocument of(
      DocumentKind kind,
      Object value,
      ImmutableMap<String, ImmutableMap<String, String>> extensions,
      DocumentPositions positions) {
    return new GcmDocument(kind, value, extensions, positions);
  }

  /**
   * A document holding {@code value}, without extensions.
   *
   * @throws IllegalArgumentException if the value is not a federation, network, charter, workplan, event,
   *     joint programme or progress report
   */
  public static GcmDocument of(Object value) {
    DocumentKind kind =
        DocumentKind.of(value)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "value: "
                            + value.getClass().getSimpleName()
                            + " is not a federation, network, charter, workplan, event, joint programme or progress report"));
    return new GcmDocument(kind, value, ImmutableMap.of());
  }

  /**
   * The value as {@code type}.
   *
   * @throws IllegalArgumentException if the document holds another kind of value
   */
  public <T> T value(Class<T> type) {
    checkArgument(
        type.isInstance(value),
        "type: this %s document holds no %s",
        kind.code(),
        type.getSimpleName());
    return type.cast(value);
  }

  /** Whether {@code other} is a document of equal kind, value and extensions, wherever it was read. */
  @Override
  public boolean equals(Object other) {
    return other instanceof GcmDocument that
        && kind == that.kind
        && value.equals(that.value)
        && extensions.equals(that.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value, extensions);
  }
}
