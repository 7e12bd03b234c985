package io.github.gcmkit.io;

import io.github.gcmkit.io.internal.ModelTypeBinding;
import io.github.gcmkit.io.internal.ModelTypes;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * A Jackson 3 module that reads and writes every gcmkit model type in the gcmkit format, for
 * applications that bring their own {@code ObjectMapper} and embed model values in their own JSON.
 * A model value inside another document is written as its body alone, without the
 * {@code gcmFormat}/{@code kind} envelope; the model's enums are written in lower-kebab-case
 * ({@code "every-unct-entity"}), as in the format.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new GcmModule()).build();
 * Workstream w = mapper.readValue(json, Workstream.class);
 * }</pre>
 *
 * <p>Registered for {@code findAndAddModules()} through the service loader. Problems in a value
 * are reported as a Jackson {@code MismatchedInputException} listing them all.
 */
public final class GcmModule extends JacksonModule {

  private final GcmOptions options;

  /** A module that reads strictly with the default entity catalogue. */
  public GcmModule() {
    this(GcmOptions.defaults());
  }

  /** A module that reads with {@code options} (strict or lenient, entity catalogue). */
  public GcmModule(GcmOptions options) {
    this.options = options;
  }

  @Override
  public String getModuleName() {
    return "gcmkit";
  }

  @Override
  public Version version() {
    return new Version(1, 0, 0, null, "io.github.gcmkit", "gcm-io");
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Class<?> type : ModelTypes.all()) {
      ModelTypeBinding.register(type, options, serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }
}
