package io.github.gcmkit.io;

import io.github.gcmkit.io.internal.Engine;
import io.github.gcmkit.io.internal.Factories;
import io.github.gcmkit.io.internal.Lazy;
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

  /** Built on first use: reading and writing documents need no databind mapper. */
  private final Lazy<YAMLMapper> mapper = new Lazy<>();

  private GcmYaml(GcmOptions options) {
    super(new Engine(options, Factories.yamlFactory(options), false, true));
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
    return mapper.get(() -> Mappers.yaml(options()));
  }
}
