package io.github.gcmkit.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.model.GcmStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A document as read: its kind, the model value it holds, and, when read in lenient mode, the
 * fields the format does not know. An immutable value, of the same Immutables style as the model.
 *
 * <p>{@link #extensions()} maps the JSON Pointer of an object in the document to that object's
 * unknown fields, each as compact JSON text, in document order. Writing the document puts them back
 * in the same objects, after the known fields, so that a document from a newer minor version of the
 * format survives a read-then-write round trip. The model itself never holds them.
 *
 * <p>{@link #positions()} says where each value stood in the text the document was read from, so
 * that a finding's JSON Pointer can be shown as a file, line and column; a document built in code
 * has {@linkplain DocumentPositions#none() none}. Positions are not part of the document's
 * content: two documents of equal kind, value and extensions are equal wherever they were read.
 */
@Value.Immutable(builder = false, copy = false)
@GcmStyle
public abstract class GcmDocument {

  GcmDocument() {}

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
    return of(kind, value, ImmutableMap.of());
  }

  /**
   * A document built in code, without positions.
   *
   * @param kind what the document holds
   * @param value the value, of that kind
   * @param extensions unknown fields by the pointer of their enclosing object
   * @throws IllegalArgumentException if the value is not of the kind
   */
  public static GcmDocument of(
      DocumentKind kind, Object value, Map<String, ? extends ImmutableMap<String, String>> extensions) {
    return of(kind, value, extensions, DocumentPositions.none());
  }

  /**
   * A document read from a source whose positions are {@code positions}.
   *
   * @param kind what the document holds
   * @param value the value, of that kind
   * @param extensions unknown fields by the pointer of their enclosing object
   * @param positions where each value stood in the source the document was read from
   * @throws IllegalArgumentException if the value is not of the kind
   */
  public static GcmDocument of(
      DocumentKind kind,
      Object value,
      Map<String, ? extends ImmutableMap<String, String>> extensions,
      DocumentPositions positions) {
    return ImmutableGcmDocument.of(kind, value, extensions, positions);
  }

  /** What the document holds. */
  @Value.Parameter
  public abstract DocumentKind kind();

  /** The federation, network, charter, workplan, event, joint programme or progress report. */
  @Value.Parameter
  public abstract Object value();

  /** Unknown fields (as compact JSON text) by the JSON Pointer of their enclosing object. */
  @Value.Parameter
  public abstract ImmutableMap<String, ImmutableMap<String, String>> extensions();

  /** Where each value stood in the source the document was read from; not part of its content. */
  @Value.Parameter
  @Value.Auxiliary
  public abstract DocumentPositions positions();

  /**
   * The value as {@code type}.
   *
   * @throws IllegalArgumentException if the document holds another kind of value
   */
  public <T> T value(Class<T> type) {
    checkArgument(
        type.isInstance(value()),
        "type: this %s document holds no %s",
        kind().code(),
        type.getSimpleName());
    return type.cast(value());
  }

  /** Checks that the value is of the kind. */
  @Value.Check
  protected void check() {
    checkArgument(
        kind().modelType().isInstance(value()),
        "value: a %s document cannot hold %s",
        kind().code(),
        value().getClass().getSimpleName());
  }

  @Override
  public String toString() {
    return "GcmDocument(" + kind().code() + ", " + extensions().size() + " objects with extensions)";
  }
}
