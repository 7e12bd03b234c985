package io.github.gcmkit.examples;

import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Provenance;
import io.github.gcmkit.model.Sourcing;
import io.github.gcmkit.model.Statement;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled datasets state nothing the sources do not: where a network reports to, its members
 * and every GCM link either name a source or are marked as an interpretation with a note, and the
 * GCM paragraphs cited in rationales are the ones the reference material gives.
 */
class DatasetProvenanceTest {

  private static final List<Network> NETWORKS = Datasets.federation().networks();

  /** "objective 23 (paragraph 39)": the commitments of objective n are paragraph 16 + n. */
  private static final Pattern OBJECTIVE_PARAGRAPH =
      Pattern.compile("objectives? (\\d+)[^()]{0,80}?\\(paragraph (\\d+)", Pattern.CASE_INSENSITIVE);

  @Test
  void everyReportingLineAndMemberNamesItsSourceOrIsMarkedInterpreted() {
    List<String> unmarked = new ArrayList<>();
    for (Network network : NETWORKS) {
      if (network.reportsTo().isPresent() && !sourcedOrMarked(network.sourcing(), "/reportsTo")) {
        unmarked.add(network.id() + " /reportsTo");
      }
      for (int i = 0; i < network.members().size(); i++) {
        if (!sourcedOrMarked(network.sourcing(), "/members/" + i)) {
          unmarked.add(network.id() + " /members/" + i);
        }
      }
    }
    assertThat(unmarked).as("facts with neither a source nor an interpretation mark").isEmpty();
  }

  @Test
  void everyGcmLinkNamesItsSourceOrIsMarkedInterpretedWithANote() {
    List<String> unmarked = new ArrayList<>();
    for (Network network : NETWORKS) {
      for (Located located : links(network)) {
        for (String link : codes(located.links())) {
          String pointer = located.pointer() + "/" + link;
          Optional<Statement> statement = located.sourcing().statement(JsonPointer.parse(pointer));
          Provenance provenance =
              statement.map(Statement::provenance).orElse(located.links().provenance());
          boolean ok =
              switch (provenance) {
                case INTERPRETED ->
                    statement.flatMap(Statement::note).isPresent() || located.links().rationale().isPresent();
                case STATED ->
                    statement.flatMap(Statement::source).isPresent() || !located.sourcing().sources().isEmpty();
                case UNKNOWN -> false;
              };
          if (!ok) {
            unmarked.add(network.id() + " " + located.where() + pointer);
          }
        }
      }
    }
    assertThat(unmarked).as("GCM links with neither a source nor a marked interpretation").isEmpty();
  }

  @Test
  void everyNamedSourceIsRecordedAndEveryInterpretationSaysFromWhat() {
    for (Network network : NETWORKS) {
      List<Sourcing> sourcings = new ArrayList<>();
      sourcings.add(network.sourcing());
      network.charter().map(Charter::sourcing).ifPresent(sourcings::add);
      network.workplans().forEach(w -> sourcings.add(w.sourcing()));
      assertThat(network.sources()).as(network.id()).isNotEmpty();
      for (Sourcing sourcing : sourcings) {
        assertThat(sourcing.sources()).allSatisfy(id -> assertThat(network.source(id)).as(id).isPresent());
        for (Statement s : sourcing.statements()) {
          s.source().ifPresent(id -> assertThat(network.source(id)).as(network.id() + " " + id).isPresent());
          if (s.provenance() == Provenance.INTERPRETED) {
            assertThat(s.note()).as(network.id() + " " + s.path()).isPresent();
          }
          s.quote().ifPresent(q -> assertThat(q.text().length()).as("a short quote").isLessThanOrEqualTo(200));
        }
      }
    }
  }

  @Test
  void theWcaCharterIsReconstructedFromItsWorkplan() {
    Network wca = NETWORKS.stream().filter(n -> n.id().equals("wca")).findFirst().orElseThrow();
    Sourcing charter = wca.charter().orElseThrow().sourcing();
    assertThat(charter.completeness()).hasToString("RECONSTRUCTED");
    assertThat(charter.sources()).containsExactly("workplan-2020-2021");
    assertThat(wca.sourcing().isPartial(JsonPointer.parse("/coveredCountries"))).isTrue();
  }

  @Test
  void everyCitedObjectiveParagraphIsTheOneOfTheReference() {
    List<String> texts = new ArrayList<>();
    for (Network network : NETWORKS) {
      links(network).forEach(l -> l.links().rationale().map(LocalizedText::text).ifPresent(texts::add));
    }
    for (Rule rule : RuleCatalog.builtIn().rules()) {
      texts.add(rule.rationale().text(LocalizedText.ENGLISH));
    }
    int cited = 0;
    for (String text : texts) {
      Matcher m = OBJECTIVE_PARAGRAPH.matcher(text);
      while (m.find()) {
        int objective = Integer.parseInt(m.group(1));
        int paragraph = Integer.parseInt(m.group(2));
        assertThat(paragraph).as("objective %s in: %s", objective, text).isEqualTo(16 + objective);
        cited++;
      }
    }
    assertThat(cited).as("citations checked").isPositive();
  }

  /** A links object, where it is and the sourcing its pointer is read in. */
  private record Located(String where, String pointer, GcmLinks links, Sourcing sourcing) {}

  private static List<Located> links(Network network) {
    List<Located> all = new ArrayList<>();
    network.charter().ifPresent(c -> {
      c.mission().ifPresent(m -> all.add(new Located("/charter", "/mission/links", m.links(), c.sourcing())));
      for (int i = 0; i < c.objectives().size(); i++) {
        all.add(new Located("/charter", "/objectives/" + i + "/links", c.objectives().get(i).links(), c.sourcing()));
      }
    });
    for (int w = 0; w < network.workplans().size(); w++) {
      Workplan workplan = network.workplans().get(w);
      String where = "/workplans/" + w;
      for (int p = 0; p < workplan.priorities().size(); p++) {
        Priority priority = workplan.priorities().get(p);
        all.add(new Located(where, "/priorities/" + p + "/links", priority.links(), workplan.sourcing()));
        for (int s = 0; s < priority.workstreams().size(); s++) {
          all.add(new Located(where, "/priorities/" + p + "/workstreams/" + s + "/links",
              priority.workstreams().get(s).links(), workplan.sourcing()));
        }
      }
      for (int i = 0; i < workplan.crossCuttingIssues().size(); i++) {
        all.add(new Located(where, "/crossCuttingIssues/" + i + "/links",
            workplan.crossCuttingIssues().get(i).links(), workplan.sourcing()));
      }
      for (int i = 0; i < workplan.pledges().size(); i++) {
        all.add(new Located(where, "/pledges/" + i + "/links", workplan.pledges().get(i).links(), workplan.sourcing()));
      }
    }
    for (int e = 0; e < network.events().size(); e++) {
      all.add(new Located("", "/events/" + e + "/links", network.events().get(e).links(), network.sourcing()));
    }
    return all;
  }

  /** Each link as its path below the links object: "objectives/data", "principles/human-rights". */
  private static List<String> codes(GcmLinks links) {
    return Stream.of(
            links.objectives().stream().map(o -> "objectives/" + code(o)),
            links.principles().stream().map(p -> "principles/" + code(p)),
            links.mptfAreas().stream().map(a -> "mptfAreas/" + code(a)))
        .flatMap(s -> s)
        .toList();
  }

  private static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static boolean sourcedOrMarked(Sourcing sourcing, String pointer) {
    return sourcing
        .statement(JsonPointer.parse(pointer))
        .map(s -> s.source().isPresent() || (s.provenance() == Provenance.INTERPRETED && s.note().isPresent()))
        .orElse(false);
  }
}
