package io.github.gcmkit.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;

/**
 * A document as read: its kind, the model value it holds, and, when read in lenient mode, the
 * fields the format does not know.
 *
 * <p>{@code extensions} maps the JSON Pointer of an object in the document to that object's unknown
 * fields, each as compact JSON text, in document order. Writing the document puts them back in the
 * same objects, after the known fields, so that a document from a newer minor version of the format
 * survives a read-then-write round trip. The model itself never holds them.
 *
 * @param kind what the document holds
 * @param value the federation, network, charter, workplan, event, joint programme or progress report
 * @param extensions unknown fields by the pointer of their enclosing object
 */
public record GcmDocument(
    DocumentKind kind, Object value, ImmutableMap<String, ImmutableMap<String, String>> extensions) {

  /** Checks that the value is of the kind. */
  public GcmDocument {
    checkArgument(
        kind.modelType().isInstance(value),
        "value: a %s document cannot hold %s",
        kind.code(),
        value.getClass().getSimpleName());
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
}
