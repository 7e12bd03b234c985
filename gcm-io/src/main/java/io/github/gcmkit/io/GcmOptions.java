package io.github.gcmkit.io;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.GcmStyle;
import org.immutables.value.Value;

/**
 * How {@link GcmJson} and {@link GcmYaml} read and write: strict or lenient, the limits on input,
 * the catalogue that resolves entity codes, and pretty or compact output. An immutable value, of
 * the same Immutables style as the model.
 *
 * <p>Start from {@link #defaults()} and change what you need:
 *
 * <pre>{@code
 * GcmOptions options = GcmOptions.defaults().withLenient(true).withMaxNestingDepth(32);
 * GcmJson json = GcmJson.with(options);
 * }</pre>
 */
@Value.Immutable(singleton = true, builder = false, copy = true)
@GcmStyle
public abstract class GcmOptions implements WithGcmOptions {

  /** The default deepest nesting: far beyond any real document. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 100;

  /**
   * The highest nesting depth that can be configured: reading, binding and writing recurse once per
   * level, and this depth keeps them well within a thread's default stack.
   */
  public static final int HIGHEST_MAX_NESTING_DEPTH = 1_000;

  /** The default longest string: one million characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** The default largest document: 64 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /**
   * The default most values and field names in a document: two million, more than a workplan of a
   * hundred thousand simple workstreams holds, and few enough to be read in a heap of 256 MB.
   */
  public static final int DEFAULT_MAX_VALUES = 2_000_000;

  GcmOptions() {}

  /** Strict reading, the default limits, the default entity catalogue, pretty output. */
  public static GcmOptions defaults() {
    return ImmutableGcmOptions.of();
  }

  /**
   * Whether unknown fields are kept as extensions (and unknown entity codes accepted) instead of
   * being problems; {@code false}, strict, by default.
   */
  @Value.Default
  public boolean lenient() {
    return false;
  }

  /** The deepest nesting of objects and arrays accepted, at most {@link #HIGHEST_MAX_NESTING_DEPTH}. */
  @Value.Default
  public int maxNestingDepth() {
    return DEFAULT_MAX_NESTING_DEPTH;
  }

  /** The longest string accepted, in characters. */
  @Value.Default
  public int maxStringLength() {
    return DEFAULT_MAX_STRING_LENGTH;
  }

  /** The largest document accepted, in bytes (in characters for text input). */
  @Value.Default
  public long maxDocumentLength() {
    return DEFAULT_MAX_DOCUMENT_LENGTH;
  }

  /**
   * The most values (objects, arrays, strings, numbers, booleans and nulls) and field names,
   * together, a document may hold: what a document costs in memory while it is read grows with
   * them. A field counts as a value does, since its name is kept as a value is.
   */
  @Value.Default
  public int maxValues() {
    return DEFAULT_MAX_VALUES;
  }

  /** The catalogue that resolves entity codes and aliases ("OIM" is "IOM"). */
  @Value.Default
  public EntityCatalog entityCatalog() {
    return EntityCatalog.defaults();
  }

  /** Whether output is indented over several lines ({@code true}, the default) or one compact line. */
  @Value.Default
  public boolean prettyPrint() {
    return true;
  }

  /** Checks the limits. */
  @Value.Check
  protected void check() {
    checkArgument(maxNestingDepth() >= 1, "maxNestingDepth: %s is not positive", maxNestingDepth());
    checkArgument(maxNestingDepth() <= HIGHEST_MAX_NESTING_DEPTH,
        "maxNestingDepth: %s is above the highest depth that can be configured, %s",
        maxNestingDepth(), HIGHEST_MAX_NESTING_DEPTH);
    checkArgument(maxStringLength() >= 1, "maxStringLength: %s is not positive", maxStringLength());
    checkArgument(maxDocumentLength() >= 1, "maxDocumentLength: %s is not positive", maxDocumentLength());
    checkArgument(maxValues() >= 1, "maxValues: %s is not positive", maxValues());
  }
}
