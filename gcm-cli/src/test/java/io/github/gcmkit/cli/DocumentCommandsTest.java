package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.examples.Datasets;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.model.network.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code render}, {@code timeline}, {@code graph}, {@code coverage} and {@code diff} on the bundled datasets. */
class DocumentCommandsTest {

  @TempDir Path dir;

  @Test
  void renderWritesACharterInItsOwnLanguage() {
    Run run = Run.gcm("render", "--bundled", "sn");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("# Mandat du Réseau des Nations Unies sur les migrations pour le Sénégal\n");
    Run html = Run.gcm("render", "--bundled", "sn", "--format", "html");
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">");
  }

  @Test
  void renderWritesInTheLanguageAskedFor() {
    Run french = Run.gcm("render", "--bundled", "wca", "--workplan", "--lang", "fr");
    assertThat(french.exitCode()).isZero();
    assertThat(french.out()).contains("## Priorités").contains("OIM").doesNotContain("## Priorities");
    Run english = Run.gcm("render", "--bundled", "sn", "--lang", "en");
    assertThat(english.out()).contains("## Objectives of the network").contains("IOM").doesNotContain("OIM")
        .doesNotContain("Objectifs du réseau");
    assertThat(Run.gcm("render", "--bundled", "sn", "--lang", "de").exitCode()).isEqualTo(2);
  }

  @Test
  void renderWritesAWorkplanOnRequestOrWhenThereIsNoCharter() {
    assertThat(Run.gcm("render", "--bundled", "wca", "--workplan").out())
        .startsWith("# Workplan for the Regional United Nations Migration Network for West and Central Africa 2020-2021");
    assertThat(Run.gcm("render", "--bundled", "wca", "--workplan", "2020-2021").exitCode()).isZero();
    assertThat(Run.gcm("render", "--bundled", "cm").out()).startsWith("# UN Migration Network for Cameroon");
    Run unknown = Run.gcm("render", "--bundled", "wca", "--workplan", "2030");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("gcm render: no workplan '2030' is recorded for the network 'wca'; its workplans: 2020-2021\n");
  }

  @Test
  void aNetworkOfAFederationFileIsChosenById() throws IOException {
    Path file = Files.writeString(dir.resolve("federation.json"), GcmJson.defaults().write(Datasets.federation()));
    Run without = Run.gcm("render", file.toString());
    assertThat(without.exitCode()).isEqualTo(2);
    assertThat(without.err()).isEqualTo("gcm render: " + file
        + " is a federation: choose a network with --network ID, one of: global, wca, cm, sn\n");
    assertThat(Run.gcm("render", file.toString(), "--network", "sn").out()).startsWith("# Mandat du Réseau");
    Run missing = Run.gcm("render", "--bundled", "ml");
    assertThat(missing.err()).isEqualTo(
        "gcm render: there is no network 'ml' in the bundled datasets; its networks are: global, wca, cm, sn\n");
  }

  @Test
  void timelineDrawsTheWorkplanAsSvg() {
    Run run = Run.gcm("timeline", "--bundled", "wca");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("<?xml").contains("<svg").contains("2020-2021");
    assertThat(Run.gcm("timeline", "--bundled", "sn").err()).isEqualTo("gcm timeline: no workplan is recorded for the network 'sn'\n");
  }

  @Test
  void graphDrawsTheHierarchyInMermaidAndDot() {
    assertThat(Run.gcm("graph", "--bundled").out()).startsWith("flowchart TD");
    assertThat(Run.gcm("graph", "--bundled", "--format", "dot").out()).startsWith("digraph networks {")
        .contains("\"wca\" -> \"sn\"");
  }

  @Test
  void coverageShowsTheObjectivesAndPrinciplesOfEachWorkplan() {
    Run table = Run.gcm("coverage", "--bundled");
    assertThat(table.exitCode()).isZero();
    assertThat(table.out()).startsWith("GCM objective").contains("wca/2020-2021", "cm/2023-2024", "23 International cooperation");
    assertThat(table.out().lines()).noneMatch(l -> l.endsWith(" "));

    Run csv = Run.gcm("coverage", "--bundled", "--format", "csv");
    assertThat(csv.out().lines().findFirst()).contains("network,workplan,framework,number,title,provenance,where");
    assertThat(csv.out()).contains("\nwca,2020-2021,gcm-objective,23,\"Strengthen international cooperation");
    // Each link carries its own provenance: Cameroon names the principles of its cross-cutting
    // issue, while its objectives 16 and 17 are the encoder's reading.
    assertThat(csv.out()).contains("\ncm,2023-2024,guiding-principle,7,Gender-responsive,stated,cross-cutting issue 1\n",
        "\ncm,2023-2024,gcm-objective,16,Empower migrants and societies to realize full inclusion and social cohesion,"
            + "interpreted,cross-cutting issue 1\n");

    JsonNode json = GcmJson.defaults().mapper().readTree(Run.gcm("coverage", "--bundled", "--format", "json").out());
    assertThat(json.get("workplans")).hasSize(2);
    JsonNode wca = json.get("workplans").get(0);
    assertThat(wca.get("network").asString()).isEqualTo("wca");
    assertThat(wca.get("objectives").valueStream().map(o -> o.get("number").asInt())).contains(23);
  }

  @Test
  void diffSetsTwoChartersSideBySide() {
    Run run = Run.gcm("diff", "--bundled", "sn", "wca");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow().strip()).isEqualTo("sn" + " ".repeat(46) + "wca");
    assertThat(run.out()).contains("Co-chairs", "Secretariat", "Annual review").containsPattern("\\d+ of 21 clauses differ.\n$");
    assertThat(run.out().lines()).allMatch(l -> l.length() <= 120).noneMatch(l -> l.endsWith(" "));
    Run changed = Run.gcm("diff", "--bundled", "sn", "wca", "--changed", "--format", "markdown");
    assertThat(changed.out()).startsWith("| clause | | sn | wca |\n| --- | --- | --- | --- |\n").doesNotContain("| = |");
    Run same = Run.gcm("diff", "--bundled", "sn", "sn");
    assertThat(same.out()).endsWith("0 of 21 clauses differ.\n");
  }

  @Test
  void diffSaysOneClauseInTheSingular() throws IOException {
    String head = "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", \"title\": \"Mandat\", \"mission\": {\"text\": \"";
    Path a = Files.writeString(dir.resolve("a.json"), head + "Coordonner.\"}}");
    Path b = Files.writeString(dir.resolve("b.json"), head + "Soutenir.\"}}");
    assertThat(Run.gcm("diff", a.toString(), b.toString()).out()).endsWith("1 of 21 clauses differs.\n");
    assertThat(Run.gcm("diff", "--lang", "fr", a.toString(), b.toString()).out()).endsWith("1 clause sur 21 diffère.\n");
  }

  @Test
  void diffRefusesWhatIsNotACharter() {
    Run run = Run.gcm("diff", "--bundled", "sn", "cm");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("gcm diff: no charter is recorded for the network 'cm'\n");
    assertThat(Run.gcm("diff", "--lang", "fr", "--bundled", "sn", "cm").err())
        .isEqualTo("gcm diff: aucune charte n’est enregistrée pour le réseau « cm »\n");
  }

  @Test
  void everyBundledNetworkRendersOrSaysWhyNot() {
    for (Network network : Datasets.federation().networks()) {
      Run run = Run.gcm("render", "--bundled", network.id());
      if (network.charter().isPresent() || !network.workplans().isEmpty()) {
        assertThat(run.exitCode()).as(network.id() + ": " + run.err()).isZero();
      } else {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("gcm render: no charter is recorded for the network '" + network.id() + "'\n");
      }
    }
  }
}
