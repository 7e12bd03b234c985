package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.workplan.Workplan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

class GcmJsonTest {

  private final GcmJson json = GcmJson.defaults();

  @ParameterizedTest
  @FieldSource("io.github.gcmkit.io.Documents#ALL")
  void samplesReadAndRoundTrip(String name) {
    GcmDocument document = json.read(Documents.text(name));
    String written = json.write(document);
    GcmDocument again = json.read(written);
    assertThat(again.value()).isEqualTo(document.value());
    assertThat(json.write(again)).isEqualTo(written);
  }

  @Test
  void readsFrenchCharterWithAliasesNormalised() {
    Charter charter = json.read(Documents.text("senegal-charter.json"), Charter.class);
    assertThat(charter.language()).isEqualTo("fr");
    assertThat(charter.title().orElseThrow()).isEqualTo(
        LocalizedText.fr("Mandat du Réseau des Nations Unies sur les migrations pour le Sénégal"));
    assertThat(charter.governance().coChairs().get(0).holder()).isEqualTo(StakeholderRef.entity("OHCHR"));
    assertThat(charter.mission().orElseThrow().establishedBy())
        .containsExactly(StakeholderRef.entity("RC"), StakeholderRef.entity("IOM"));
    assertThat(charter.mission().orElseThrow().text().original()).isEqualTo("fr");
  }

  @Test
  void readsSchedules() {
    Workplan workplan = json.read(Documents.text("wca-workplan.json"), Workplan.class);
    assertThat(workplan.workstream("2.1").orElseThrow().schedule()).isEqualTo(Schedule.continuous());
    assertThat(workplan.workstream("1.1").orElseThrow().leads()).contains(StakeholderRef.entity(EntityId.of("ECA")));
  }

  @Test
  void writesCanonically() {
    Charter charter = json.read(Documents.text("senegal-charter.json"), Charter.class);
    String written = json.write(charter);
    assertThat(written).startsWith("{\n  \"gcmFormat\": \"1.0\",\n  \"kind\": \"charter\",\n  \"language\": \"fr\",\n");
    assertThat(written).contains("\"holder\": \"OHCHR\"").doesNotContain("HCDH").endsWith("}\n");
  }

  @Test
  void aFailingOutputIsAnUncheckedIoException() {
    Charter charter = json.read(Documents.text("senegal-charter.json"), Charter.class);
    java.io.OutputStream broken = new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("disk full");
      }
    };
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.write(charter, broken))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }

  @Test
  void writesAndReadsFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    Workplan workplan = json.read(Documents.text("wca-workplan.json"), Workplan.class);
    java.nio.file.Path file = dir.resolve("workplan.json");
    json.write(workplan, file);
    assertThat(json.read(file, Workplan.class)).isEqualTo(workplan);
    assertThat(json.read(file).kind()).isEqualTo(DocumentKind.WORKPLAN);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.read(file, Charter.class))
        .isInstanceOf(GcmFormatException.class)
        .hasMessageContaining("/kind: expected a document of kind 'charter', found 'workplan'");
  }
}
