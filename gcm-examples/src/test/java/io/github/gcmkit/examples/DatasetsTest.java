package io.github.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.gcmkit.io.DocumentKind;
import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.io.GcmSchema;
import io.github.gcmkit.io.GcmYaml;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.Workplan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every bundled dataset reads strictly, follows the schema, is canonical, and the federation resolves. */
class DatasetsTest {

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(GcmSchema.text(), InputFormat.JSON);

  static List<String> names() {
    return Datasets.names();
  }

  @Test
  void theNamesAreExactlyTheBundledFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources" + Datasets.FOLDER))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(
              Datasets.names().stream().map(n -> n + ".json").collect(Collectors.toList()));
    }
    assertThat(Datasets.names()).containsExactly("global", "wca", "cm", "sn", "cccpa-webinar-2020-08-12");
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyDatasetReadsStrictlyAsANetworkOrAnEvent(String name) {
    GcmDocument document = GcmJson.defaults().read(Datasets.text(name));
    assertThat(GcmJson.defaults().options().lenient()).isFalse();
    assertThat(document.extensions()).isEmpty();
    assertThat(document.kind()).isIn(DocumentKind.NETWORK, DocumentKind.EVENT);
    assertThat(Datasets.read(name).value()).isEqualTo(document.value());
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyDatasetFollowsTheShippedSchema(String name) {
    List<String> errors =
        SCHEMA.validate(Datasets.text(name), InputFormat.JSON).stream()
            .map(e -> e.getInstanceLocation() + " " + e.getMessage())
            .collect(Collectors.toList());
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("names")
  void writingADatasetBackGivesIdenticalBytes(String name) {
    byte[] bundled = Datasets.text(name).getBytes(StandardCharsets.UTF_8);
    byte[] written = GcmJson.defaults().write(Datasets.read(name)).getBytes(StandardCharsets.UTF_8);
    assertThat(written).isEqualTo(bundled);
  }

  /**
   * Every field of a dataset survives reading, writing and reading again, in JSON and through YAML:
   * the JSON trees are compared field by field, every value at every path.
   */
  @ParameterizedTest
  @MethodSource("names")
  void everyFieldOfADatasetSurvivesReadWriteRead(String name) {
    JsonMapper trees = JsonMapper.builder().build();
    JsonNode bundled = trees.readTree(Datasets.text(name));
    GcmJson json = GcmJson.defaults();
    GcmYaml yaml = GcmYaml.defaults();
    GcmDocument once = json.read(Datasets.text(name));
    GcmDocument twice = json.read(json.write(once));
    assertThat(trees.readTree(json.write(twice))).isEqualTo(bundled);
    String yamlText = yaml.write(twice);
    GcmDocument fromYaml = yaml.read(yamlText);
    assertThat(trees.readTree(json.write(fromYaml))).isEqualTo(bundled);
    assertThat(yaml.write(fromYaml)).isEqualTo(yamlText);
    assertThat(fromYaml).isEqualTo(once);
  }

  @Test
  void theFederationHoldsEveryNetworkAndTheStandaloneEvent() {
    Federation federation = Datasets.federation();
    assertThat(federation.networks()).extracting(Network::id).containsExactly("global", "wca", "cm", "sn");
    assertThat(federation.events()).extracting(Event::id).containsExactly("cccpa-webinar-2020-08-12");
    assertThat(federation.roots()).extracting(Network::id).containsExactly("global");
    assertThat(federation.ancestors("sn")).extracting(Network::id).containsExactly("wca", "global");
    assertThat(federation.ancestors("cm")).extracting(Network::id).containsExactly("wca", "global");
    assertThat(federation.children("wca")).extracting(Network::id).containsExactly("cm", "sn");
    assertThat(Datasets.federation()).isSameAs(federation);
  }

  @Test
  void everyReferenceBetweenDatasetsResolves() {
    Federation federation = Datasets.federation();
    for (Network network : federation.networks()) {
      network.reportsTo().ifPresent(id -> assertThat(federation.network(id)).as(network.id()).isPresent());
      network.charter().stream()
          .flatMap(c -> c.governance().reportingLines().stream())
          .flatMap(line -> line.network().stream())
          .forEach(id -> assertThat(federation.network(id)).as("%s reports to %s", network.id(), id).isPresent());
      for (Workplan workplan : network.workplans()) {
        workplan.priorities().stream()
            .flatMap(p -> p.allActivities())
            .forEach(a -> checkActivity(federation, workplan, a));
        workplan.pledges().stream()
            .flatMap(p -> p.event().stream())
            .forEach(id -> assertThat(network.event(id)).as("pledge event %s", id).isPresent());
      }
    }
    assertThat(groupNetworks(federation)).isNotEmpty().allMatch(id -> federation.network(id).isPresent());
  }

  private static void checkActivity(Federation federation, Workplan workplan, Activity activity) {
    activity.events().forEach(id -> assertThat(federation.event(id)).as("event %s", id).isPresent());
    activity.notes().forEach(id -> assertThat(workplan.note(id)).as("note %s", id).isPresent());
  }

  /** The networks that stakeholder groups point at, wherever they appear in the datasets. */
  private static List<String> groupNetworks(Federation federation) {
    return federation.networks().stream()
        .flatMap(n -> n.workplans().stream())
        .flatMap(w -> w.workstreams())
        .flatMap(w -> Stream.concat(w.leads().stream(), w.participants().stream()))
        .filter(StakeholderGroup.class::isInstance)
        .map(StakeholderGroup.class::cast)
        .flatMap(g -> g.network().stream())
        .collect(Collectors.toList());
  }

  @Test
  void anUnknownDatasetIsAClearError() {
    assertThatThrownBy(() -> Datasets.text("senegal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name: there is no bundled dataset 'senegal'; the datasets are global, wca, cm, sn,"
            + " cccpa-webinar-2020-08-12");
  }
}
