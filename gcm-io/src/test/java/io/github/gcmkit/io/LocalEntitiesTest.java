package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Priority;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A network's own organisations (its {@code entities}) are read strictly: its charter and workplans
 * name them by code or alias, and nothing they declare may take a name the catalogue already has.
 */
class LocalEntitiesTest {

  private final GcmYaml strict = GcmYaml.with(GcmOptions.defaults());
  private final GcmYaml lenient = GcmYaml.with(GcmOptions.defaults().withLenient(true));

  private static String network(String entities, String leads) {
    return """
        gcmFormat: "1.0"
        kind: network
        id: xx
        level: national
        name: Réseau des Nations Unies sur les migrations
        language: fr
        country: CM
        entities:
        %s
        workplans:
          - id: "2023"
            title: Plan de travail
            priorities:
              - kind: thematic
                number: 2
                title: Migration et développement
                leads: [%s]
        """.formatted(entities.indent(2).stripTrailing(), leads);
  }

  /** The same network, its organisations declared after its workplans (as the canonical order writes them). */
  private static String declaredLast(String entities, String leads) {
    String network = network(entities, leads);
    int from = network.indexOf("entities:");
    int to = network.indexOf("workplans:");
    return network.substring(0, from) + network.substring(to) + network.substring(from, to);
  }

  /** A federation of the network {@code first} (YAML, an item of {@code networks}) and one that declares nothing. */
  private static String federation(String first) {
    return """
        gcmFormat: "1.0"
        kind: federation
        language: fr
        networks:
        %s  - id: bb
            level: national
            name: B
            country: SN
            workplans:
              - id: "1"
                title: Plan
                priorities:
                  - {kind: core, number: 1, title: Un, leads: [MINEXT]}
        """.formatted(first);
  }

  private static final String MINISTRIES = """
      - id: MINEXT
        kind: government-agency
        name: {fr: Ministère des relations extérieures, en: Ministry of External Relations, original: fr}
        aliases: [Relations extérieures]
        parent: CM-GOV
      - id: MINPLAN
        kind: government-agency
        name: Ministère du plan
        parent: Cameroon
      """;

  @Test
  void aNetworksWorkplanNamesItsOwnOrganisationsByCodeOrAliasWithoutLenience() {
    Network network = strict.read(network(MINISTRIES, "MINEXT, Relations extérieures, minplan, OIM"))
        .value(Network.class);

    Priority priority = network.workplans().get(0).priorities().get(0);
    assertThat(priority.leads()).extracting(ref -> ((EntityRef) ref).id().code())
        .containsExactly("MINEXT", "MINEXT", "MINPLAN", "IOM");
    assertThat(network.entities().get(1).parent()).contains(EntityId.of("CM-GOV"));
  }

  @Test
  void whatANetworkDeclaresIsWrittenBackAsDeclared() {
    GcmDocument document = strict.read(network(MINISTRIES, "MINEXT"));
    assertThat(strict.read(strict.write(document))).isEqualTo(document);
  }

  @Test
  void aDeclaredCodeOrAliasTheCatalogueHasIsALocatedProblem() {
    String clashing = """
        - id: OIM
          kind: other
          name: Une autre organisation
        - id: MINEXT
          kind: government-agency
          name: Ministère des relations extérieures
          aliases: [Extérieur, UN Women]
        """;
    GcmFormatException e =
        catchThrowableOfType(GcmFormatException.class, () -> strict.read(network(clashing, "MINEXT")));

    assertThat(e.problems()).extracting((FormatProblem p) -> p.pointer().toString())
        .contains("/entities/0/id", "/entities/1/aliases/1");
    FormatProblem code = e.problems().stream()
        .filter(p -> p.pointer().toString().equals("/entities/0/id")).findFirst().orElseThrow();
    assertThat(code.message()).contains("'OIM'", "IOM");
    assertThat(code.line()).isEqualTo(9);
  }

  @Test
  void anUnknownCodeIsReportedWithTheClosestCodesTheDocumentCouldHaveMeant() {
    GcmFormatException e =
        catchThrowableOfType(GcmFormatException.class, () -> strict.read(network(MINISTRIES, "MINEXTT, UNCRO")));

    assertThat(e.problems()).extracting((FormatProblem p) -> p.pointer().toString())
        .containsExactly("/workplans/0/priorities/0/leads/0", "/workplans/0/priorities/0/leads/1");
    assertThat(e.problems().get(0).message()).contains("unknown entity code 'MINEXTT'", "did you mean MINEXT");
    assertThat(e.problems().get(1).message()).contains("did you mean RCO");
  }

  @Test
  void aParentNoCatalogueOrDeclarationHasIsALocatedProblem() {
    String orphan = """
        - id: MINEXT
          kind: government-agency
          name: Ministère des relations extérieures
          parent: XX-GOV
        """;
    GcmFormatException e =
        catchThrowableOfType(GcmFormatException.class, () -> strict.read(network(orphan, "MINEXT")));

    assertThat(e.problems()).extracting((FormatProblem p) -> p.pointer().toString()).containsExactly("/entities/0/parent");
    assertThat(lenient.read(network(orphan, "MINEXT")).value(Network.class).entities().get(0).parent())
        .contains(EntityId.of("XX-GOV"));
  }

  @Test
  void eachNetworkOfAFederationNamesOnlyItsOwnOrganisations() {
    String federation = federation("""
          - id: aa
            level: national
            name: A
            country: CM
            entities:
              - id: MINEXT
                kind: government-agency
                name: Ministère des relations extérieures
            workplans:
              - id: "1"
                title: Plan
                priorities:
                  - {kind: core, number: 1, title: Un, leads: [MINEXT]}
        """);
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class, () -> strict.read(federation));

    assertThat(e.problems()).extracting((FormatProblem p) -> p.pointer().toString())
        .containsExactly("/networks/1/workplans/0/priorities/0/leads/0");
    Federation read = lenient.read(federation).value(Federation.class);
    assertThat(read.networks()).hasSize(2);
  }

  @Test
  void organisationsDeclaredAfterTheWorkplansAreNamedAsIfDeclaredFirst() {
    // By code, by alias and in another case: only the alias has the document read again, organisations
    // first (a code in another case is the organisation's code).
    for (String leads : new String[] {"MINEXT, OIM", "MINEXT, Relations extérieures, minplan, OIM"}) {
      String last = declaredLast(MINISTRIES, leads);
      assertThat(last.indexOf("entities:")).isGreaterThan(last.indexOf("workplans:"));

      assertThat(strict.read(last)).as(leads).isEqualTo(strict.read(network(MINISTRIES, leads)));
    }
  }

  @Test
  void anAliasMetBeforeTheOrganisationsInBytesReadFromAStreamIsReadAgainFromWhatWasKept() {
    GcmJson json = GcmJson.defaults();
    GcmDocument document = strict.read(network(MINISTRIES, "MINEXT, OIM"));
    String canonical = json.write(document);
    int lead = canonical.indexOf("\"MINEXT\"");
    assertThat(lead).isLessThan(canonical.indexOf("\"entities\""));
    String aliased = canonical.substring(0, lead) + "\"Relations extérieures\"" + canonical.substring(lead + 8);

    GcmDocument read = json.read(new ByteArrayInputStream(aliased.getBytes(StandardCharsets.UTF_8)));

    assertThat(read.value()).isEqualTo(document.value());
  }

  @Test
  void aCanonicalNetworkReadFromBytesNamesTheOrganisationsItDeclaresLast() {
    GcmJson json = GcmJson.defaults();
    GcmDocument document = strict.read(network(MINISTRIES, "MINEXT, Relations extérieures, minplan, OIM"));
    String canonical = json.write(document);
    assertThat(canonical.indexOf("\"entities\"")).isGreaterThan(canonical.indexOf("\"workplans\""));

    GcmDocument read = json.read(new ByteArrayInputStream(canonical.getBytes(StandardCharsets.UTF_8)));

    assertThat(read.value()).isEqualTo(document.value());
    assertThat(read.positions().locate("/entities/0/id")).isEqualTo(json.read(canonical).positions().locate("/entities/0/id"));
  }

  @Test
  void anUnknownCodeBeforeTheOrganisationsIsReportedAsIfTheyCameFirst() {
    GcmFormatException first =
        catchThrowableOfType(GcmFormatException.class, () -> strict.read(network(MINISTRIES, "MINEXTT, UNCRO")));
    GcmFormatException last =
        catchThrowableOfType(GcmFormatException.class, () -> strict.read(declaredLast(MINISTRIES, "MINEXTT, UNCRO")));

    assertThat(last.problems()).extracting((FormatProblem p) -> p.pointer().toString())
        .containsExactly("/workplans/0/priorities/0/leads/0", "/workplans/0/priorities/0/leads/1");
    assertThat(last.problems()).extracting(FormatProblem::message)
        .isEqualTo(first.problems().stream().map(FormatProblem::message).toList());
    assertThat(last.problems().get(0).line()).isEqualTo(first.problems().get(0).line() - 10); // the ten lines of entities moved down
  }

  @Test
  void aLenientReadingKeepsAnUnknownCodeBeforeTheOrganisations() {
    Network network = lenient.read(declaredLast(MINISTRIES, "XYZ-1, MINEXT")).value(Network.class);

    assertThat(network.workplans().get(0).priorities().get(0).leads())
        .extracting(ref -> ((EntityRef) ref).id().code()).containsExactly("XYZ-1", "MINEXT");
  }

  @Test
  void organisationsDeclaredLastAreStillTheirNetworksAlone() {
    String federation = federation("""
          - id: aa
            level: national
            name: A
            country: CM
            workplans:
              - id: "1"
                title: Plan
                priorities:
                  - {kind: core, number: 1, title: Un, leads: [MINEXT, Extérieur]}
            entities:
              - id: MINEXT
                kind: government-agency
                name: Ministère des relations extérieures
                aliases: [Extérieur]
        """);
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class, () -> strict.read(federation));

    assertThat(e.problems()).extracting((FormatProblem p) -> p.pointer().toString())
        .containsExactly("/networks/1/workplans/0/priorities/0/leads/0");
    Federation read = lenient.read(federation).value(Federation.class);
    assertThat(read.networks().get(0).workplans().get(0).priorities().get(0).leads())
        .extracting(ref -> ((EntityRef) ref).id().code()).containsExactly("MINEXT", "MINEXT");
  }
}
