package io.github.gcmkit.io.render;

import static io.github.gcmkit.testkit.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.io.escape.DotEscaper;
import io.github.gcmkit.io.escape.MarkdownEscaper;
import io.github.gcmkit.io.escape.XmlEscaper;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.FrequencyUnit;
import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.GuidingPrinciple;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.Provenance;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.Sourcing;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.Statement;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.CharterObjective;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.progress.ProgressReport;
import io.github.gcmkit.model.progress.ProgressStatus;
import io.github.gcmkit.model.progress.UnitProgress;
import io.github.gcmkit.model.progress.UnitReference;
import io.github.gcmkit.model.progress.WorkplanProgress;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.PriorityKind;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.Workstream;
import io.github.gcmkit.testkit.ModelGenerators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
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

  /** Priority 1 links to objective 23 stated and to 1 as an interpretation, each with its own mark. */
  private static Workplan linked(String language) {
    GcmLinks links = GcmLinks.builder()
        .addObjectives(GcmObjective.DATA, GcmObjective.INTERNATIONAL_COOPERATION)
        .addPrinciples(GuidingPrinciple.HUMAN_RIGHTS)
        .provenance(Provenance.INTERPRETED)
        .build();
    Sourcing sourcing = Sourcing.builder()
        .addStatement(Statement.builder().path("/priorities/0/links/objectives/international-cooperation").build())
        .build();
    return Workplan.builder()
        .id("1")
        .language(language)
        .title(LocalizedText.of(language, "Plan"))
        .addPriority(Priority.builder().kind(PriorityKind.CORE).number(1).title(LocalizedText.of(language, "Un"))
            .links(links).build())
        .sourcing(sourcing)
        .build();
  }

  @Test
  void interpretedLinksAreMarkedApartFromStatedOnesInEveryFormatAndLanguage() {
    assertThat(MarkdownRenderer.render(linked("en")))
        .contains("(GCM objectives: 23; interpreted when encoded: 1; GCM guiding principles: interpreted when encoded: 15(f))");
    assertThat(HtmlRenderer.render(linked("en"))).contains("GCM objectives: 23; interpreted when encoded: 1");
    assertThat(MarkdownRenderer.render(linked("fr")))
        .contains("Objectifs du PMM\u00a0: 23; interprétés lors de l’encodage\u00a0: 1");
  }

  @Test
  void aFrenchCharterIsRenderedWithFrenchLabels() {
    String markdown = MarkdownRenderer.render(senegal);
    assertThat(markdown)
        .startsWith("# Mandat du Réseau des Nations Unies sur les migrations pour le Sénégal\n")
        .contains("## Énoncé de mission", "## Objectifs du réseau", "### Coprésidents", "### Réunions",
            "### Prises de décision", "### Groupes de travail", "### Bilan annuel", "### Secrétariat",
            "tous les trois mois", "par consensus")
        .contains("| HCDH |", "| OIM |", "rotatif, 12 mois")
        .doesNotContain("Objectives of the network", "Co-chairs", "| OHCHR |", "| IOM |");
    String html = HtmlRenderer.render(senegal);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">")
        .contains("<h2>Objectifs du réseau</h2>", "<td>HCDH</td>", "Chef de Mission de l'OIM");
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
  void theTimelineIsSvgWithATitleAndARowPerUnitThatCarriesWork() throws Exception {
    String svg = TimelineSvg.render(wca);
    Document doc = parse(svg);
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(rows(doc)).isEqualTo(rows(wca));
    assertThat(svg).contains("class=\"title\"", "class=\"period\"", "class=\"window\"", "class=\"continuous\"",
        "data-id=\"core-1\"", "data-id=\"1.1\"", "data-id=\"2.1\"");
  }

  @Test
  void theTimelineDrawsActivitiesWithSchedulesRecurringOnesIncluded() {
    long scheduled = UnitReference.all(wca).stream()
        .filter(u -> u.kind() == UnitReference.Kind.ACTIVITY && u.schedule().isPresent()).count();
    assertThat(scheduled).isPositive();
    String svg = TimelineSvg.render(wca);
    assertThat(svg).contains("<g class=\"activity\"", "class=\"recurring\"");
  }

  @Test
  void withProgressTheTimelineColoursUnitsAndMarksTheAsOfDate() {
    ProgressReport report = ProgressReport.builder().id("synthetic").network("wca")
        .asOf(PartialDate.of(LocalDate.of(2021, 3, 31)))
        .addUnit(UnitProgress.of("1.1", ProgressStatus.ON_TRACK))
        .addUnit(UnitProgress.of("2.1", ProgressStatus.DONE))
        .build();
    String svg = TimelineSvg.render(WorkplanProgress.of(wca, List.of(report), LocalDate.of(2021, 4, 15)));
    assertThat(svg).contains("data-id=\"1.1\" data-status=\"late\"", "data-id=\"2.1\" data-status=\"done\"",
        "data-id=\"core-1\" data-status=\"notReported\"", "class=\"as-of\"", "As of 2021-04-15", "Not reported");
    assertThat(TimelineSvg.render(WorkplanProgress.of(wca.withLanguage("fr"), List.of(report), LocalDate.of(2021, 4, 15))))
        .contains("Au 2021-04-15", "En retard");
  }

  @Test
  void labelsAreShortenedBetweenWordsNeverInsideOne() {
    String text = "Support Member States, Regional Economic Commissions (RECs) and national UNMNs";
    String shortened = TimelineSvg.shorten(text, 30);
    assertThat(shortened).isEqualTo("Support Member States…");
    qt().withExamples(200).forAll(gen(MODELS.localizedText()), integers().between(5, 60)).checkAssert((t, max) -> {
      String s = t.text(t.original());
      String cut = TimelineSvg.shorten(s, max);
      if (!cut.equals(s)) {
        String head = cut.substring(0, cut.length() - 1);
        assertThat(cut).endsWith("…").hasSizeLessThanOrEqualTo(max);
        assertThat(s).startsWith(head);
        if (s.substring(0, max).contains(" ") && s.lastIndexOf(' ', max - 1) > max / 3) {
          assertThat(s.charAt(head.length())).as("cut in %s", s).matches(c -> !Character.isLetterOrDigit(c));
        }
      }
    });
  }

  private static long rows(Document doc) {
    long rows = 0;
    for (int i = 0; i < doc.getElementsByTagName("g").getLength(); i++) {
      String kind = doc.getElementsByTagName("g").item(i).getAttributes().getNamedItem("class").getNodeValue();
      rows += List.of("priority", "workstream", "activity").contains(kind) ? 1 : 0;
    }
    return rows;
  }

  private static long rows(Workplan workplan) {
    return UnitReference.all(workplan).stream()
        .filter(u -> u.kind() != UnitReference.Kind.ACTIVITY || u.schedule().isPresent()).count();
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
      assertThat(rows(parse(TimelineSvg.render(workplan)))).isEqualTo(rows(workplan));
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

  /** Text appended in pieces, each piece's length remembered. */
  private static final class Pieces implements Appendable {
    final StringBuilder text = new StringBuilder();
    int longest;

    @Override
    public Appendable append(CharSequence piece) {
      longest = Math.max(longest, piece.length());
      text.append(piece);
      return this;
    }

    @Override
    public Appendable append(CharSequence piece, int start, int end) {
      return append(piece.subSequence(start, end));
    }

    @Override
    public Appendable append(char c) {
      return append(String.valueOf(c));
    }
  }

  @Test
  void rendersWrittenToAnOutputAreTheRendersInPiecesOfAFewThousandCharacters() {
    qt().withExamples(40).forAll(gen(MODELS.workplan()), gen(MODELS.charter())).checkAssert((workplan, charter) -> {
      Pieces markdown = new Pieces();
      MarkdownRenderer.render(workplan, markdown);
      assertThat(markdown.text.toString()).isEqualTo(MarkdownRenderer.render(workplan));
      Pieces html = new Pieces();
      HtmlRenderer.render(workplan, html);
      assertThat(html.text.toString()).isEqualTo(HtmlRenderer.render(workplan));
      Pieces svg = new Pieces();
      TimelineSvg.render(workplan, svg);
      assertThat(svg.text.toString()).isEqualTo(TimelineSvg.render(workplan));
      Pieces charterMarkdown = new Pieces();
      MarkdownRenderer.render(charter, charterMarkdown);
      assertThat(charterMarkdown.text.toString()).isEqualTo(MarkdownRenderer.render(charter));
      Pieces charterHtml = new Pieces();
      HtmlRenderer.render(charter, charterHtml);
      assertThat(charterHtml.text.toString()).isEqualTo(HtmlRenderer.render(charter));
    });
    // A workplan of 3,000 workstreams: never more than a row past a chunk at once.
    Workplan large = wca.withPriorities(Priority.builder().kind(PriorityKind.CORE).number(1).title(LocalizedText.en("P"))
        .addAllWorkstreams(IntStream.rangeClosed(1, 3_000)
            .mapToObj(i -> Workstream.builder().id("1." + i).outcome(LocalizedText.en("Outcome " + "x".repeat(200))).build())
            .toList())
        .build());
    for (BiConsumer<Workplan, Appendable> render : List.<BiConsumer<Workplan, Appendable>>of(
        MarkdownRenderer::render, HtmlRenderer::render, TimelineSvg::render)) {
      Pieces pieces = new Pieces();
      render.accept(large, pieces);
      assertThat(pieces.text.length()).isGreaterThan(600_000);
      assertThat(pieces.longest).isLessThan(20_000);
    }
    // A charter of 3,000 objectives: a list is written item by item.
    Charter many = senegal.withObjectives(IntStream.rangeClosed(1, 3_000)
        .mapToObj(i -> CharterObjective.of("o" + i, LocalizedText.of("fr", "Objectif " + "x".repeat(200))))
        .toList());
    for (BiConsumer<Charter, Appendable> render : List.<BiConsumer<Charter, Appendable>>of(
        MarkdownRenderer::render, HtmlRenderer::render)) {
      Pieces pieces = new Pieces();
      render.accept(many, pieces);
      assertThat(pieces.text.length()).isGreaterThan(600_000);
      assertThat(pieces.longest).isLessThan(20_000);
    }
  }

  @Test
  void aRecurringUnitOverTheLongestPeriodIsDrawnWithAtMostTwoHundredAndFortyMarks() {
    Workstream monthly = Workstream.builder().id("1.1").outcome(LocalizedText.en("Webinars"))
        .schedule(Schedule.recurring(Frequency.every(1, FrequencyUnit.MONTH))).build();
    Workplan plan = wca.withPeriod(Period.of(YearMonth.of(1, 1), YearMonth.of(9999, 12)))
        .withPriorities(Priority.builder().kind(PriorityKind.CORE).number(1).title(LocalizedText.en("P"))
            .addWorkstream(monthly).build());
    String svg = TimelineSvg.render(plan);
    assertThat(svg.split("class=\"recurring\"", -1)).hasSize(TimelineSvg.MOST_MARKS + 1);
    // Within twenty years, every occurrence is drawn.
    String twoYears = TimelineSvg.render(plan.withPeriod(Period.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12))));
    assertThat(twoYears.split("class=\"recurring\"", -1)).hasSize(24 + 1);
  }

  @Test
  void aFailingOutputIsAnUncheckedIoException() {
    Appendable failing = new Appendable() {
      @Override
      public Appendable append(CharSequence csq) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public Appendable append(CharSequence csq, int start, int end) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public Appendable append(char c) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    assertThatThrownBy(() -> MarkdownRenderer.render(wca, failing))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("No space left on device");
    assertThatThrownBy(() -> TimelineSvg.render(wca, failing))
        .isInstanceOf(UncheckedIOException.class);
  }

}
