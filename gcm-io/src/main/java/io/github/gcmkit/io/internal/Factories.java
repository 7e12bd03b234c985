package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.GcmOptions;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLReadFeature;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Builds gcmkit's own Jackson streaming factories, with every feature gcmkit relies on set
 * explicitly and the read limits of the options on the factory (never on Jackson's global
 * defaults), and the write context of its canonical layout. Documents are read and written with
 * these alone; {@link Mappers} builds databind mappers over them for applications.
 */
public final class Factories {

  private Factories() {}

  /** The read limits of {@code options} as Jackson constraints. */
  static StreamReadConstraints constraints(GcmOptions options) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(options.maxNestingDepth())
        .maxStringLength(options.maxStringLength())
        .maxNameLength(Math.min(options.maxStringLength(), 10_000))
        .maxDocumentLength(options.maxDocumentLength())
        .build();
  }

  /**
   * The write limits: as deep as the deepest document that can be read, and some room, so that
   * whatever was read can be written back.
   */
  static StreamWriteConstraints writeConstraints() {
    return StreamWriteConstraints.builder().maxNestingDepth(MAX_WRITE_DEPTH).build();
  }

  /** The deepest nesting written. */
  static final int MAX_WRITE_DEPTH = GcmOptions.HIGHEST_MAX_NESTING_DEPTH + 100;

  /** gcmkit's JSON factory: the read limits of {@code options}, strict JSON, streams left open. */
  public static JsonFactory jsonFactory(GcmOptions options) {
    return JsonFactory.builder()
        .streamReadConstraints(constraints(options))
        .streamWriteConstraints(writeConstraints())
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }


  /** gcmkit's YAML factory: the read limits of {@code options}, its YAML features, streams left open. */
  public static YAMLFactory yamlFactory(GcmOptions options) {
    LoadSettings load =
        LoadSettings.builder()
            .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, options.maxDocumentLength()))
            .setMaxAliasesForCollections(50)
            .setAllowDuplicateKeys(true)
            .build();
    return YAMLFactory.builder()
            .streamReadConstraints(constraints(options))
            .streamWriteConstraints(writeConstraints())
            .loadSettings(load)
            .enable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
            .disable(YAMLReadFeature.EMPTY_DOCUMENT_AS_EMPTY_OBJECT)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .disable(YAMLWriteFeature.USE_NATIVE_TYPE_ID)
            .disable(YAMLWriteFeature.USE_NATIVE_OBJECT_ID)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
  }


  /**
   * What generators of {@code factory} write with: for JSON, canonical pretty printing (two spaces,
   * {@code "name": value}) when {@code pretty}; no databind. The printer is made for each generator
   * that asks, not here: a reader of documents, which writes nothing, never builds one (Jackson's
   * separators cost a start-up a few milliseconds of method-handle linking).
   */
  public static ObjectWriteContext output(TokenStreamFactory factory, boolean pretty) {
    return new Output(factory, pretty);
  }

  /** gcmkit's canonical pretty printing: two spaces, {@code "name": value}, {@code {}} and {@code []}. */
  public static DefaultPrettyPrinter canonicalPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** A write context of a factory, pretty printing or not (a fresh printer per generator). */
  private static final class Output extends ObjectWriteContext.Base {
    private final TokenStreamFactory factory;
    private final boolean pretty;

    Output(TokenStreamFactory factory, boolean pretty) {
      this.factory = factory;
      this.pretty = pretty;
    }

    @Override
    public TokenStreamFactory tokenStreamFactory() {
      return factory;
    }

    @Override
    public boolean hasPrettyPrinter() {
      return pretty;
    }

    @Override
    public @Nullable PrettyPrinter getPrettyPrinter() {
      return pretty ? canonicalPrinter() : null;
    }
  }
}
