package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.Workstream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Documents are read in one pass over their tokens; what a field declares late — the language of
 * plain strings, a schedule's type, the envelope — still means what it means when it comes first.
 */
class OnePassReadingTest {

  private static final GcmJson JSON = GcmJson.defaults();

  @Test
  void aNetworksLanguageDeclaredAfterItsTextsAppliesToThem() {
    String late = """
        {"gcmFormat": "1.0", "kind": "network", "id": "sn", "level": "national", "country": "SN",
         "name": "Réseau des Nations Unies sur les migrations au Sénégal", "language": "fr"}
        """;
    LocalizedText name = LocalizedText.of("fr", "Réseau des Nations Unies sur les migrations au Sénégal");

    assertThat(JSON.read(late, Network.class).name()).isEqualTo(name);
    assertThat(JSON.read(new ByteArrayInputStream(late.getBytes(StandardCharsets.UTF_8)), Network.class).name())
        .isEqualTo(name);
    assertThat(GcmYaml.defaults().read("""
        id: sn
        level: national
        country: SN
        name: Réseau des Nations Unies sur les migrations au Sénégal
        gcmFormat: '1.0'
        language: fr
        kind: network
        """, Network.class).name()).isEqualTo(name);
  }

  @Test
  void aCharterDeclaringItsLanguageLastReadsItsTextsInIt() {
    Charter charter = JSON.read("""
        {"title": "Mandat", "kind": "charter", "gcmFormat": "1.0", "language": "fr"}
        """, Charter.class);

    assertThat(charter.title()).contains(LocalizedText.of("fr", "Mandat"));
  }

  @Test
  void aWorkplanOfANetworkDeclaringItsLanguageLastReadsItsTextsInIt() {
    String network = """
        {"gcmFormat": "1.0", "kind": "network", "id": "sn", "level": "national", "country": "SN", "name": "Réseau",
         "language": "fr", "workplans": [{"id": "1", "title": "Work plan", "language": "en"},
           {"id": "2", "title": "Plan de travail", "language": "fr"}, {"id": "3", "title": "Plan", "language": "fr"}]}
        """;
    Network read = JSON.read(network, Network.class);

    assertThat(read.workplans()).extracting(w -> w.title())
        .containsExactly(LocalizedText.of("en", "Work plan"), LocalizedText.of("fr", "Plan de travail"),
            LocalizedText.of("fr", "Plan"));
    // A user's mapper reads from a buffer (it cannot read the user's parser twice), to the same value.
    assertThat(JSON.mapper().readValue("""
        {"id": "2", "title": "Plan de travail", "language": "fr"}
        """, Workplan.class)).isEqualTo(read.workplans().get(1));
  }

  @Test
  void aScheduleTypedLastIsReadByItsType() {
    Workstream workstream = JSON.mapper().readValue("""
        {"id": "1.1", "schedule": {"window": {"from": "2020-11", "to": "2020-12"}, "type": "window"}}
        """, Workstream.class);

    assertThat(workstream.schedule()).isEqualTo(Schedule.window(YearMonth.of(2020, 11), YearMonth.of(2020, 12)));
  }

  @Test
  void aProblemInALateFieldIsLocatedAsInAnEarlyOne() {
    assertThatThrownBy(() -> JSON.read("""
        {"gcmFormat": "1.0", "kind": "workplan", "id": "w", "title": "T",
         "priorities": [{"kind": "core", "number": 1, "title": "P",
           "workstreams": [{"id": "1.1", "schedule": {"window": {"from": "2020-11", "to": "2019-12"}, "type": "window"}}]}],
         "language": "en"}
        """))
        .isInstanceOf(GcmFormatException.class)
        .satisfies(e -> assertThat(((GcmFormatException) e).problems())
            .extracting(p -> p.line() + ":" + p.column() + " " + p.pointer())
            .containsExactly("3:83 /priorities/0/workstreams/0/schedule/window/to"));
  }
}
