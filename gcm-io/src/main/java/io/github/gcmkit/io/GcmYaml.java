package io.github.gcmkit.io;

import io.github.gcmkit.io.internal.Engine;
import io.github.gcmkit.io.internal.Mappers;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The gcmkit format in YAML: the same fields, values and rules as {@link GcmJson}, in YAML syntax,
 * for documents written by hand.
 *
 * <pre>{@code
 * Workplan workplan = GcmYaml.defaults().read(Path.of("workplan.yaml"), Workplan.class);
 * }</pre>
 *
 * <p>Where text is expected, YAML's plain scalars are read as text, so {@code established: 2020}
 * needs no quotes.
 */
public final class GcmYaml extends GcmCodec {

  private static final GcmYaml DEFAULTS = new GcmYaml(GcmOptions.defaults());

  private final YAMLMapper mapper;

  private GcmYaml(GcmOptions options) {
    this(options, Mappers.yaml(options));
  }

  private GcmYaml(GcmOptions options, YAMLMapper mapper) {
    super(new Engine(options, mapper, mapper.writer(), true));
    this.mapper = mapper;
  }

  /** Strict reading, default limits. */
  public static GcmYaml defaults() {
    return DEFAULTS;
  }

  /** A reader and writer with {@code options}. */
  public static GcmYaml with(GcmOptions options) {
    return new GcmYaml(options);
  }

  /** A Jackson YAML mapper for the model types, with this codec's limits and {@link GcmModule}. */
  public YAMLMapper mapper() {
    return mapper;
  }
}
