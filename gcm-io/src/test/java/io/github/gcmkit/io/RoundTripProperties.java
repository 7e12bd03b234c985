package io.github.gcmkit.io;

import static io.github.gcmkit.testkit.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;

import io.github.gcmkit.io.internal.Emitter;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.testkit.ModelGenerators;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Round trips of every document kind over the gcm-testkit generators. */
class RoundTripProperties {

  private static final ModelGenerators MODELS = ModelGenerators.defaults();

  private static final Schema SCHEMA = new Schema();

  private static final GcmOptions OPTIONS = GeneratedModels.OPTIONS;

  private final GcmJson json = GcmJson.with(OPTIONS);
  private final GcmJson compact = GcmJson.with(OPTIONS.withPrettyPrint(false));
  private final GcmYaml yaml = GcmYaml.with(OPTIONS);

  @Test
  void jsonReadsBackWhatItWrote() {
    qt().withExamples(150).forAll(GeneratedModels.documents()).checkAssert(model -> {
      String text = json.write(model);
      assertThat(json.read(text).value()).isEqualTo(model);
      assertThat(compact.read(compact.write(model)).value()).isEqualTo(model);
    });
  }

  @Test
  void yamlReadsBackWhatItWrote() {
    qt().withExamples(100).forAll(GeneratedModels.documents()).checkAssert(model ->
        assertThat(yaml.read(yaml.write(model)).value()).isEqualTo(model));
  }

  @Test
  void aDocumentWrittenToAStreamHasTheBytesOfItsText() {
    // To a stream, plain strings are copied as their UTF-8 bytes; as text, Jackson encodes them.
    qt().withExamples(100).forAll(GeneratedModels.documents()).checkAssert(model -> {
      for (GcmJson codec : new GcmJson[] {json, compact}) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(model, out);
        assertThat(out.toByteArray()).isEqualTo(codec.write(model).getBytes(StandardCharsets.UTF_8));
      }
    });
  }

  @Test
  void writingIsDeterministic() {
    qt().withExamples(100).forAll(GeneratedModels.documents()).checkAssert(model -> {
      assertThat(json.write(model)).isEqualTo(json.write(model));
      assertThat(json.write(json.read(json.write(model)))).isEqualTo(json.write(model));
      assertThat(yaml.write(model)).isEqualTo(yaml.write(model));
    });
  }

  @Test
  void aFederationWrittenNetworkByNetworkHasTheBytesOfTheFederation() {
    qt().withExamples(60).forAll(gen(MODELS.federation())).checkAssert(federation -> {
      StringWriter streamed = new StringWriter();
      json.writeFederation(federation.networks().stream(), streamed);
      assertThat(streamed.toString()).isEqualTo(json.write(Federation.of(federation.networks())));
      StringWriter streamedYaml = new StringWriter();
      yaml.writeFederation(federation.networks().stream(), streamedYaml);
      assertThat(streamedYaml.toString()).isEqualTo(yaml.write(Federation.of(federation.networks())));
    });
  }

  @Test
  void aFederationWrittenNetworkByNetworkRefusesAnIdGivenTwice() {
    Network network = MODELS.network().sample(1);
    StringWriter out = new StringWriter();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> json.writeFederation(Stream.of(network, network), out))
        .withMessage("networks: /networks/1/id: '%s' is used twice", network.id());
    StringWriter none = new StringWriter();
    json.writeFederation(Stream.of(), none);
    assertThat(none.toString()).isEqualTo(json.write(Federation.builder().build()));
  }

  @Test
  void everyWrittenDocumentIsValidAgainstTheSchema() {
    qt().withExamples(60).forAll(GeneratedModels.documents()).checkAssert(model ->
        assertThat(SCHEMA.errors(json.write(model))).isEmpty());
  }

  @Test
  void theModuleRoundTripsEveryModelType() {
    JsonMapper mapper = JsonMapper.builder().addModule(new GcmModule(OPTIONS)).build();
    qt().withExamples(100).forAll(gen(MODELS.workstream()), gen(MODELS.governance()), gen(MODELS.partialDate()))
        .checkAssert((w, g, d) -> {
          assertThat(mapper.readValue(mapper.writeValueAsString(w), w.getClass().getSuperclass())).isEqualTo(w);
          assertThat(mapper.readValue(mapper.writeValueAsString(g), g.getClass().getSuperclass())).isEqualTo(g);
          assertThat(mapper.writeValueAsString(d)).isEqualTo("\"" + Emitter.partialDate(d) + "\"");
        });
  }
}
