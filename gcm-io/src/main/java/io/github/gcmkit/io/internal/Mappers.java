package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.GcmModule;
import io.github.gcmkit.io.GcmOptions;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLReadFeature;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Builds gcmkit's own Jackson factories and mappers, with every feature gcmkit relies on set
 * explicitly and the read limits of the options on the factory (never on Jackson's global defaults).
 */
public final class Mappers {

  private Mappers() {}

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

  /** A JSON mapper with gcmkit's factory, features and module. */
  public static JsonMapper json(GcmOptions options) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints(options))
            .streamWriteConstraints(writeConstraints())
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new GcmModule(options))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  /** A YAML mapper with gcmkit's factory, features and module. */
  public static YAMLMapper yaml(GcmOptions options) {
    LoadSettings load =
        LoadSettings.builder()
            .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, options.maxDocumentLength()))
            .setMaxAliasesForCollections(50)
            .setAllowDuplicateKeys(true)
            .build();
    YAMLFactory factory =
        YAMLFactory.builder()
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
    return YAMLMapper.builder(factory)
        .addModule(new GcmModule(options))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .build();
  }

  /** The writer for JSON output: canonical pretty printing (two spaces, {@code "name": value}) or compact. */
  public static ObjectWriter writer(JsonMapper mapper, GcmOptions options) {
    if (!options.prettyPrint()) {
      return mapper.writer();
    }
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    return mapper.writer().with(printer);
  }
}
