package io.github.gcmkit.io;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.gcmkit.model.EntityCatalog;

/**
 * How {@link GcmJson} and {@link GcmYaml} read and write: strict or lenient, the limits on input,
 * the catalogue that resolves entity codes, and pretty or compact output.
 *
 * <p>Start from {@link #defaults()} and change what you need:
 *
 * <pre>{@code
 * GcmOptions options = GcmOptions.defaults().withLenient(true).withMaxNestingDepth(32);
 * GcmJson json = GcmJson.with(options);
 * }</pre>
 *
 * @param lenient whether unknown fields are kept as extensions (and unknown entity codes accepted)
 *     instead of being problems
 * @param maxNestingDepth the deepest nesting of objects and arrays accepted, at most {@link
 *     #HIGHEST_MAX_NESTING_DEPTH}
 * @param maxStringLength the longest string accepted, in characters
 * @param maxDocumentLength the largest document accepted, in bytes (in characters for text input)
 * @param maxValues the most values (objects, arrays, strings, numbers, booleans and nulls) a
 *     document may hold: what a document costs in memory while it is read grows with it
 * @param entityCatalog the catalogue that resolves entity codes and aliases ("OIM" is "IOM")
 * @param prettyPrint whether output is indented over several lines (else one compact line)
 */
public record GcmOptions(
    boolean lenient,
    int maxNestingDepth,
    int maxStringLength,
    long maxDocumentLength,
    int maxValues,
    EntityCatalog entityCatalog,
    boolean prettyPrint) {

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
   * The default most values in a document: two million, twice a workplan of a hundred thousand
   * simple workstreams, and few enough to be read in a heap of 256 MB.
   */
  public static final int DEFAULT_MAX_VALUES = 2_000_000;

  /** Checks the limits. */
  public GcmOptions {
    checkArgument(maxNestingDepth >= 1, "maxNestingDepth: %s is not positive", maxNestingDepth);
    checkArgument(maxNestingDepth <= HIGHEST_MAX_NESTING_DEPTH,
        "maxNestingDepth: %s is above the highest depth that can be configured, %s",
        maxNestingDepth, HIGHEST_MAX_NESTING_DEPTH);
    checkArgument(maxStringLength >= 1, "maxStringLength: %s is not positive", maxStringLength);
    checkArgument(maxDocumentLength >= 1, "maxDocumentLength: %s is not positive", maxDocumentLength);
    checkArgument(maxValues >= 1, "maxValues: %s is not positive", maxValues);
  }

  /** Strict reading, the default limits, the default entity catalogue, pretty output. */
  public static GcmOptions defaults() {
    return new GcmOptions(
        false,
        DEFAULT_MAX_NESTING_DEPTH,
        DEFAULT_MAX_STRING_LENGTH,
        DEFAULT_MAX_DOCUMENT_LENGTH,
        DEFAULT_MAX_VALUES,
        EntityCatalog.defaults(),
        true);
  }

  /**
   * A copy that reads leniently ({@code true}: unknown fields become extensions, unknown entity
   * codes pass) or strictly ({@code false}, the default).
   */
  public GcmOptions withLenient(boolean lenient) {
    return new GcmOptions(lenient, maxNestingDepth, maxStringLength, maxDocumentLength, maxValues, entityCatalog, prettyPrint);
  }

  /** A copy with another deepest nesting, from 1 to {@link #HIGHEST_MAX_NESTING_DEPTH}. */
  public GcmOptions withMaxNestingDepth(int depth) {
    return new GcmOptions(lenient, depth, maxStringLength, maxDocumentLength, maxValues, entityCatalog, prettyPrint);
  }

  /** A copy with another longest string. */
  public GcmOptions withMaxStringLength(int length) {
    return new GcmOptions(lenient, maxNestingDepth, length, maxDocumentLength, maxValues, entityCatalog, prettyPrint);
  }

  /** A copy with another largest document. */
  public GcmOptions withMaxDocumentLength(long length) {
    return new GcmOptions(lenient, maxNestingDepth, maxStringLength, length, maxValues, entityCatalog, prettyPrint);
  }

  /** A copy with another most values in a document. */
  public GcmOptions withMaxValues(int values) {
    return new GcmOptions(lenient, maxNestingDepth, maxStringLength, maxDocumentLength, values, entityCatalog, prettyPrint);
  }

  /** A copy that resolves entity codes with {@code catalog}. */
  public GcmOptions withEntityCatalog(EntityCatalog catalog) {
    return new GcmOptions(lenient, maxNestingDepth, maxStringLength, maxDocumentLength, maxValues, catalog, prettyPrint);
  }

  /** A copy that writes indented output ({@code true}, the default) or one compact line ({@code false}). */
  public GcmOptions withPrettyPrint(boolean prettyPrint) {
    return new GcmOptions(lenient, maxNestingDepth, maxStringLength, maxDocumentLength, maxValues, entityCatalog, prettyPrint);
  }
}
