package io.github.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.io.DocumentKind;
import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.io.GcmModule;
import io.github.gcmkit.io.GcmOptions;
import io.github.gcmkit.io.GcmYaml;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.testkit.ModelGenerators;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@link GcmJson} and {@link GcmYaml} read and write every model value exactly as a plain Jackson
 * mapper with {@link GcmModule} does: a document's body (the document without its {@code
 * gcmFormat}/{@code kind} envelope) is the module's JSON of the value, and reads back as it.
 */
class CodecAgreementTest {

  private static final ModelGenerators MODELS = ModelGenerators.defaults();

  static List<String> names() {
    return Datasets.names();
  }

  @ParameterizedTest
  @MethodSource("names")
  void theModuleReadsAndWritesEveryDatasetAsTheCodecsDo(String name) {
    GcmDocument document = GcmJson.defaults().read(Datasets.text(name));

    agree(document.value(), GcmOptions.defaults());
  }

  @Test
  void theModuleReadsAndWritesEveryGeneratedDocumentAsTheCodecsDo() {
    // Lenient, as generated documents name local organisations no catalogue knows.
    GcmOptions options = GcmOptions.defaults().withLenient(true);
    documents().forEach(value -> agree(value, options));
  }

  @Test
  void yamlsPlainScalarsAreTextForTheModuleAsForTheCodec() {
    String network =
        """
        id: sn
        level: national
        name: Réseau des Nations Unies sur les migrations au Sénégal
        country: SN
        established: 2020
        """;
    String document = "gcmFormat: '1.0'\nkind: network\n" + network;
    YAMLMapper plain = YAMLMapper.builder().addModule(new GcmModule()).build();

    Network read = GcmYaml.defaults().read(document, Network.class);
    assertThat(read.established()).contains(PartialDate.ofYear(2020));
    assertThat(plain.readValue(network, Network.class)).isEqualTo(read);
    assertThat(GcmYaml.defaults().mapper().readValue(network, Network.class)).isEqualTo(read);
  }

  /** The codecs and plain mappers with the module, under {@code options}, agree on {@code value}. */
  private static void agree(Object value, GcmOptions options) {
    Class<?> type = DocumentKind.of(value).orElseThrow().modelType();
    GcmJson json = GcmJson.with(options.withPrettyPrint(false));
    JsonMapper plainJson = JsonMapper.builder().addModule(new GcmModule(options)).build();
    YAMLMapper plainYaml = YAMLMapper.builder().addModule(new GcmModule(options)).build();

    JsonNode body = body(plainJson.readTree(json.write(value)));
    String bodyJson = plainJson.writeValueAsString(body);
    assertThat(plainJson.writeValueAsString(value)).isEqualTo(bodyJson);
    assertThat(plainJson.readValue(bodyJson, type)).isEqualTo(value).isEqualTo(json.read(json.write(value)).value());

    GcmYaml yaml = GcmYaml.with(options);
    JsonNode yamlBody = body(plainYaml.readTree(yaml.write(value)));
    assertThat(yamlBody).isEqualTo(body);
    assertThat(plainYaml.readValue(plainYaml.writeValueAsString(yamlBody), type))
        .isEqualTo(value)
        .isEqualTo(yaml.read(yaml.write(value)).value());
  }

  /** A document without its envelope: an event document's event, any other document's other fields. */
  private static JsonNode body(JsonNode document) {
    if (document.get("kind").asString().equals(DocumentKind.EVENT.code())) {
      return document.get("event");
    }
    ObjectNode body = ((ObjectNode) document).deepCopy();
    body.remove("gcmFormat");
    body.remove("kind");
    return body;
  }

  /** Generated documents of every kind, six of each, the same on every run. */
  private static Stream<Object> documents() {
    return Stream.of(
            MODELS.federation(),
            MODELS.network(),
            MODELS.charter(),
            MODELS.workplan(),
            MODELS.event(),
            MODELS.jointProgramme(),
            MODELS.progressReport())
        .flatMap(generator -> generator.samples(42).limit(6).map(v -> (Object) v));
  }
}
