package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.network.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class GcmYamlTest {

  @ParameterizedTest
  @FieldSource("io.github.gcmkit.io.Documents#ALL")
  void yamlHoldsTheSameModelAsJson(String name) {
    GcmDocument fromJson = GcmJson.defaults().read(Documents.text(name));
    String yaml = GcmYaml.defaults().write(fromJson);
    GcmDocument fromYaml = GcmYaml.defaults().read(yaml);
    assertThat(fromYaml.value()).isEqualTo(fromJson.value());
    assertThat(GcmYaml.defaults().write(fromYaml)).isEqualTo(yaml);
  }

  @Test
  void readsHandWrittenYamlWithPlainScalars() {
    String yaml =
        "gcmFormat: 1.0\n"
            + "kind: network\n"
            + "language: fr\n"
            + "id: cm\n"
            + "level: national\n"
            + "name: Réseau des Nations Unies sur les migrations pour le Cameroun\n"
            + "country: CM\n"
            + "established: 2020\n";
    Network network = GcmYaml.defaults().read(yaml, Network.class);
    assertThat(network.established()).contains(PartialDate.ofYear(2020));
    assertThat(network.name().original()).isEqualTo("fr");
  }

  @Test
  void locatesProblemsInYaml() {
    String yaml = "gcmFormat: '1.0'\nkind: network\nid: cm\nlevel: national\nname: Cameroon\ncountry: cameroon\n";
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class, () -> GcmYaml.defaults().read(yaml));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).hasToString("/country");
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.message()).isEqualTo("'cameroon' is not an ISO 3166-1 alpha-2 country code (two upper-case letters)");
    });
  }
}
