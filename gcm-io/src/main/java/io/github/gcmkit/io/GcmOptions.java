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
 * @param maxNestingDepth the deepest nesting of objects and arrays accepted
 * @param maxStringLength the longest string accepted, in characters
 * @param maxDocumentLength the largest document accepted, in bytes (in characters for text input)
 * @param entityCatalog the catalogue that resolves entity codes and aliases ("OIM" is "IOM")
 * @param prettyPrint whether output is indented over several lines (else one compact line)
 */
public record GcmOptions(
    boolean lenient,
    int maxNestingDepth,
    int maxStringLength,
    long maxDocumentLength,
    EntityCatalog entityCatalog,
    boolean prettyPrint) {

  /** The default deepest nesting: far beyond any real document. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 100;

  /** The default longest string: one million characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** The default largest document: 64 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** Checks the limits. */
  public GcmOptions {
    checkArgument(maxNestingDepth >= 1, "maxNestingDepth: %s is not positive", maxNestingDepth);
    checkArgument(maxStringLength >= 1, "maxStringLength: %s is not positive", maxStringLength);
    checkArgument(maxDocumentLength >= 1, "maxDocumentLength: %s is not positive", maxDocumentLength);
  }

  /** Strict reading, the default limits, the default entity catalogue, pretty output. */
  public static GcmOptions defaults() {
    return new GcmOptions(
        false,
        DEFAULT_MAX_NESTING_DEPTH,
        DEFAULT_MAX_STRING_LENGTH,
        DEFAULT_MAX_DOCUMENT_LENGTH,
        EntityCatalog.defaults(),
        true);
  }

  /**
   * A copy that reads leniently ({@code true}: unknown fields become extensions, unknown entity
   * codes pass) or strictly ({@code false}, the default).
   */
  public GcmOptions withLenient(boolean lenient) {
    return new GcmOptions(lenient, maxNestingDepth, maxStringLength, maxDocumentLength, entityCatalog, prettyPrint);
  }

  /** A copy with another deepest nesting. */
  public GcmOptions withMaxNestingDepth(int depth) {
    return new GcmOptions(lenient, depth, maxStringLength, maxDocumentLength, entityCatalog, prettyPrint);
  }

  /** A copy with another longest string. */
  public GcmOptions withMaxStringLength(int length) {
    return new GcmOptions(lenient, maxNestingDepth, length, maxDocumentLength, entityCatalog, prettyPrint);
  }

  /** A copy with another largest document. */
  public GcmOptions withMaxDocumentLength(long length) {
    return new GcmOptions(lenient, maxNestingDepth, maxStringLength, length, entityCatalog, prettyPrint);
  }

  /** A copy that resolves entity codes with {@code catalog}. */
  public GcmOptions withEntityCatalog(EntityCatalog catalog) {
    return new GcmOptions(lenient, maxNestingDepth, maxStringLength, maxDocumentLength, catalog, prettyPrint);
  }

  /** A copy that writes indented output ({@code true}, the default) or one compact line ({@code false}). */
  public GcmOptions withPrettyPrint(boolean prettyPrint) {
    return new GcmOptions(lenient, maxNestingDepth, maxStringLength, maxDocumentLength, entityCatalog, prettyPrint);
  }
}
