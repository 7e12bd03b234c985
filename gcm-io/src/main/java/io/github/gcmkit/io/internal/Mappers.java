package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.GcmModule;
import io.github.gcmkit.io.GcmOptions;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Builds Jackson databind mappers over gcmkit's {@link Factories}, with {@link GcmModule} and the
 * features gcmkit relies on, for applications that embed model values in their own JSON or YAML
 * ({@code GcmJson.mapper()}, {@code GcmYaml.mapper()}). Kept apart from the factories so that
 * reading a document never loads databind.
 */
public final class Mappers {

  private Mappers() {}

  /**
   * A JSON mapper over {@link Factories#jsonFactory(GcmOptions)} with gcmkit's features and
   * module, for applications' own use: gcmkit reads and writes documents with the factory alone.
   */
  public static JsonMapper json(GcmOptions options) {
    return JsonMapper.builder(Factories.jsonFactory(options))
        .addModule(new GcmModule(options))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  /** A YAML mapper over {@link Factories#yamlFactory(GcmOptions)}, gcmkit's features and module. */
  public static YAMLMapper yaml(GcmOptions options) {
    return YAMLMapper.builder(Factories.yamlFactory(options))
        .addModule(new GcmModule(options))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .build();
  }
}
