package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.MessageBundle;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of problem the reader finds is worded by a bundle in English and French (the corpora
 * of invalid documents, profiles and baselines check theirs the same way, in {@link ProblemCorpus}):
 * here the kinds they do not hold — reading limits, bytes that are not UTF-8, YAML aliases and tags,
 * lone surrogates, partial dates, numbers out of range, organisations that clash, NDJSON lines,
 * the model's own invariants.
 */
class ReadingProblemsInFrenchTest {

  private static final String CHARTER = "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", \"title\": \"%s\"}";
  private static final String WORKPLAN = "{\"gcmFormat\": \"1.0\", \"kind\": \"workplan\", \"id\": \"w\", \"title\": \"W\", "
      + "\"priorities\": [{\"kind\": \"core\", \"number\": %s, \"title\": \"P\"}]}";
  private static final String EVENT = "{\"gcmFormat\": \"1.0\", \"kind\": \"event\", \"event\": "
      + "{\"id\": \"e\", \"title\": \"E\", \"kind\": \"webinar\", \"date\": \"%s\"}}";

  private static final GcmJson JSON = GcmJson.defaults();
  private static final GcmYaml YAML = GcmYaml.defaults();

  /** A reading that must fail. */
  private interface Reading {
    void read();
  }

  private static Arguments reading(String key, Reading reading) {
    return Arguments.of(key, reading);
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String network(String entities) {
    return """
        gcmFormat: "1.0"
        kind: network
        id: xx
        level: national
        name: Réseau
        language: fr
        country: CM
        entities:
        %s
        """.formatted(entities.indent(2).stripTrailing());
  }

  static Stream<Arguments> readings() {
    GcmJson shortStrings = GcmJson.with(GcmOptions.defaults().withMaxStringLength(100));
    GcmJson fewValues = GcmJson.with(GcmOptions.defaults().withLenient(true).withMaxValues(6));
    GcmJson small = GcmJson.with(GcmOptions.defaults().withMaxDocumentLength(200));
    String longCharter = String.format(CHARTER, "x".repeat(300));
    return Stream.of(
        reading("limit.text", () -> shortStrings.read(String.format(CHARTER, "x".repeat(101)))),
        reading("limit.values", () -> fewValues.read("{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", \"a\": 1, \"b\": 2}")),
        reading("limit.bytes", () -> small.read(bytes(longCharter))),
        reading("limit.characters", () -> small.read(longCharter)),
        reading("limit.depth", () -> JSON.read(String.format(CHARTER, "").replace("\"\"", "[".repeat(200) + "]".repeat(200)))),
        reading("limit.number", () -> JSON.read(String.format(WORKPLAN, "9".repeat(1_001)))),
        reading("limit.yaml-line", () -> GcmYaml.with(GcmOptions.defaults().withMaxStringLength(100))
            .read("gcmFormat: '1.0'\nkind: charter\ntitle: [" + "1, ".repeat(400) + "1]\n")),
        reading("not-utf8", () -> JSON.read(new ByteArrayInputStream(new byte[] {'{', (byte) 0xFF, '}'}))),
        reading("lone-surrogate", () -> JSON.read(String.format(CHARTER, "\\ud800"))),
        reading("yaml-alias", () -> YAML.read("gcmFormat: '1.0'\nkind: charter\ntitle: &t T\nlanguage: *t\n")),
        reading("yaml-tag", () -> YAML.read("gcmFormat: '1.0'\nkind: charter\ntitle: !!java.io.File T\n")),
        reading("text-same-language", () -> JSON.read(
            "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", \"title\": {\"en\": \"A\", \"EN\": \"B\"}}")),
        reading("out-of-range", () -> JSON.read(String.format(WORKPLAN, "99999999999"))),
        reading("invariant.not-positive", () -> JSON.read(String.format(WORKPLAN, "-0"))),
        reading("not-date", () -> JSON.read(String.format(EVENT, "spring 2021"))),
        reading("not-date.because", () -> JSON.read(String.format(EVENT, "2021-13"))),
        reading("invariant.not-date", () -> JSON.read(String.format(EVENT, "2021-02-30"))),
        reading("entity-clash.code", () -> YAML.read(network("- id: IOM\n  kind: other\n  name: Une autre"))),
        reading("entity-clash.alias", () -> YAML.read(network("- id: MINX\n  kind: other\n  name: X\n  aliases: [UN Women]"))),
        reading("entities-share", () -> YAML.read(network(
            "- id: MINX\n  kind: other\n  name: X\n  aliases: [Pareil]\n- id: MINY\n  kind: other\n  name: Y\n  aliases: [Pareil]"))),
        reading("limit.yaml-blank-lines", () -> GcmYaml.with(GcmOptions.defaults().withMaxStringLength(10))
            .read("gcmFormat: '1.0'\nkind: charter\n" + "\n".repeat(30))),
        reading("limit.ndjson-line", () -> GcmJson.with(GcmOptions.defaults().withMaxDocumentLength(10))
            .stream(bytes("{\"gcmFormat\": \"1.0\"}\n")).forEach(d -> { })),
        reading("not-utf8", () -> JSON.stream(new ByteArrayInputStream(new byte[] {'{', (byte) 0xFF, '}', '\n'}))
            .forEach(d -> { })),
        reading("not-decimal", () -> GcmProfiles.defaults().readJson("{\"gcmProfile\": \"1.0\", \"name\": \"p\", "
            + "\"extends\": \"baseline\", \"parameters\": {\"charter.meetings.frequency\": {\"maxIntervalMonths\": 1e10000000000}}}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readings")
  void eachKindOfProblemIsWordedInEnglishAndFrench(String key, Reading reading) {
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class, reading::read);
    assertThat(e).as(key).isNotNull();
    assertThat(e.problems()).extracting(p -> p.key().orElse("")).as("keys").contains(key);
    assertThat(e.problems()).allSatisfy(ProblemCorpus::bilingual);
  }

  @Test
  void theBundlesOfReadingProblemsAndOfInvariantsHaveTheSameKeysInBothLanguages() {
    for (MessageBundle bundle : List.of(
        MessageBundle.load(FormatProblem.class::getResourceAsStream, "/io/github/gcmkit/io/problems"),
        MessageBundle.load(LocalizedText.class::getResourceAsStream, "/io/github/gcmkit/model/invariants"))) {
      assertThat(bundle.frenchKeys()).containsExactlyElementsOf(bundle.englishKeys());
    }
  }
}
