package io.github.gcmkit.io.render;

import static io.github.gcmkit.testkit.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.io.escape.DotEscaper;
import io.github.gcmkit.io.escape.MarkdownEscaper;
import io.github.gcmkit.io.escape.XmlEscaper;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.Workstream;
import io.github.gcmkit.testkit.ModelGenerators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class RenderersTest {

  private static final ModelGenerators MODELS = ModelGenerators.defaults();

  private static String resource(String name) {
    try (InputStream in = RenderersTest.class.getResourceAsStream("/documents/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final Charter senegal = GcmJson.defaults().read(resource("senegal-charter.json"), Charter.class);
  private final Workplan wca = GcmJson.defaults().read(resource("wca-workplan.json"), Workplan.class);
  private final Federation federation = GcmJson.defaults().read(resource("wca-federation.json"), Federation.class);

  @Test
  void aFrenchCharterIsRenderedWithFrenchLabels() {
    String markdown = MarkdownRenderer.render(senegal);
    assertThat(markdown)
        .startsWith("# Mandat du Réseau des Nations Unies sur les migrations pour le Sénégal\n")
        .contains("## Énoncé de mission", "## Objectifs du réseau", "### Coprésidents", "### Réunions",
            "### Prises de décision", "### Groupes de travail", "### Bilan annuel", "### Secrétariat",
            "tous les trois mois", "par consensus")
        .contains("| OHCHR |", "| IOM |", "rotatif, 12 mois")
        .doesNotContain("Objectives of the network", "Co-chairs");
    String html = HtmlRenderer.render(senegal);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">")
        .contains("<h2>Objectifs du réseau</h2>", "<td>OHCHR</td>", "Chef de Mission de l'OIM");
  }

  @Test
  void anEnglishCharterIsRenderedWithEnglishLabels() {
    Charter english = senegal.withLanguage("en").withTitle(io.github.gcmkit.model.LocalizedText.en("Terms of Reference"));
    assertThat(MarkdownRenderer.render(english))
        .startsWith("# Terms of Reference\n")
        .contains("## Objectives of the network", "### Co-chairs", "| OHCHR |", "quarterly");
  }

  @Test
  void everyWorkstreamAndLeadOfAWorkplanAppears() {
    String markdown = MarkdownRenderer.render(wca);
    String html = HtmlRenderer.render(wca);
    for (Workstream w : (Iterable<Workstream>) wca.workstreams()::iterator) {
      assertThat(markdown).contains("| " + w.id() + " |");
      assertThat(html).contains("<td>" + w.id() + "</td>");
      for (StakeholderRef lead : w.leads()) {
        String name = lead instanceof EntityRef e ? e.id().code() : ((StakeholderGroup) lead).wording().text();
        assertThat(markdown).contains(name);
        assertThat(html).contains(XmlEscaper.content(name));
      }
    }
    assertThat(markdown).contains("## Priorities", "### Core priority 1.", "Lead agencies or stakeholders",
        "2020-11 – 2020-12", "Continuous", "A living document");
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
  }

  @Test
  void aFrenchWorkplanIsRenderedWithFrenchLabels() {
    Workplan french = wca.withLanguage("fr");
    assertThat(MarkdownRenderer.render(french)).contains("## Priorités", "### Priorité principale 1.", "Calendrier", "Chefs de file", "Continu");
    assertThat(TimelineSvg.render(french)).contains("xml:lang=\"fr\"", "Période");
  }

  @Test
  void theTimelineIsSvgWithARowPerWorkstream() throws Exception {
    String svg = TimelineSvg.render(wca);
    Document doc = parse(svg);
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(doc.getElementsByTagName("g").getLength()).isEqualTo(3 + 1);
    assertThat(svg).contains("class=\"period\"", "class=\"window\"", "class=\"continuous\"", "data-id=\"1.1\"", "data-id=\"2.1\"");
  }

  @Test
  void theHierarchyIsMermaidAndDot() {
    String mermaid = NetworkGraph.mermaid(federation);
    String dot = NetworkGraph.dot(federation);
    assertThat(mermaid).startsWith("flowchart TD\n").contains("Regional Network").contains(" --> ");
    assertThat(dot).startsWith("digraph networks {").contains("\"global\" -> \"wca\";", "\"wca\" -> \"sn\";", "\"wca\" -> \"cm\";")
        .contains("Réseau des Nations Unies sur les migrations pour le Sénégal (SN)").endsWith("}\n");
  }

  @Test
  void everyGeneratedWorkplanRendersCompletely() {
    qt().withExamples(60).forAll(gen(MODELS.workplan())).checkAssert(workplan -> {
      String markdown = MarkdownRenderer.render(workplan);
      String html = HtmlRenderer.render(workplan);
      workplan.workstreams().forEach(w -> {
        assertThat(markdown).contains("| " + MarkdownEscaper.text(w.id()) + " |");
        assertThat(html).contains("<td>" + XmlEscaper.content(w.id()) + "</td>");
      });
      assertThat(parse(TimelineSvg.render(workplan)).getElementsByTagName("g").getLength())
          .isEqualTo(workplan.workstreams().count() + 1);
    });
  }

  @Test
  void everyGeneratedFederationIsGraphedCompletely() {
    qt().withExamples(60).forAll(gen(MODELS.federation())).checkAssert(f -> {
      String dot = NetworkGraph.dot(f);
      for (Network n : f.networks()) {
        assertThat(dot).contains(DotEscaper.quoted(n.id()) + " [label=");
      }
      assertThat(NetworkGraph.mermaid(f).lines().filter(l -> l.contains("[\"")).count())
          .isGreaterThanOrEqualTo(f.networks().size());
    });
  }

  @Test
  void everyGeneratedCharterRenders() {
    qt().withExamples(60).forAll(gen(MODELS.charter())).checkAssert(c -> {
      assertThat(MarkdownRenderer.render(c)).startsWith("# ");
      assertThat(HtmlRenderer.render(c)).contains("<html lang=\"" + c.language() + "\">");
    });
  }

  private static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
    }
  }
}
