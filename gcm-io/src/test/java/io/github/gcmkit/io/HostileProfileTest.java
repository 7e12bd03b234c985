package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken profile files, each with the exact problems it gets. */
class HostileProfileTest {

  private static final GcmProfiles PROFILES = GcmProfiles.defaults();
  private static final String HEAD = "{\"gcmProfile\": \"1.0\", \"name\": \"p\", ";

  private static List<String> problems(Supplier<?> read) {
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class, read::get);
    assertThat(e).as("the profile must not be read").isNotNull();
    return e.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p).collect(Collectors.toList());
  }

  @Test
  void moreSelectorsThanTheLimit() {
    int limit = GcmProfiles.MAX_SELECTORS;
    String severities = java.util.stream.IntStream.range(0, limit - 1)
        .mapToObj(i -> "\"charter.x" + i + "\": \"error\"").collect(Collectors.joining(", "));
    String profile = HEAD + "\"include\": [\"charter.*\", \"workplan.*\"], \"severities\": {" + severities + "}}";
    int column = profile.indexOf("\"charter.x9998\": ") + "\"charter.x9998\": ".length() + 1;
    assertThat(problems(() -> PROFILES.readJson(profile)))
        .containsExactly("1:" + column + " /severities/charter.x9998: the profile names more than the limit of 10000 selectors"
            + " (in include, exclude, severities and parameters)");
    String excluded = ", \"charter.mission.required\"".repeat(limit);
    assertThat(problems(() -> PROFILES.readJson(HEAD + "\"extends\": \"baseline\", \"exclude\": [\"charter.*\"" + excluded + "]}")))
        .hasSize(1).first().asString().endsWith("/exclude/" + limit + ": the profile names more than the limit of 10000 selectors"
            + " (in include, exclude, severities and parameters)");
  }

  @Test
  void aProfileIsReadWithinLimitsOfItsOwn(@TempDir Path dir) throws IOException {
    // A profile is held whole as it is read: 4 MiB and 200,000 values at most, whatever a document may hold.
    String values = "0,".repeat(200_000);
    assertThat(problems(() -> PROFILES.readJson(HEAD + "\"parameters\": {\"workplan.period.valid\": {\"x\": [" + values + "0]}}}")))
        .singleElement().asString().contains(" /parameters/workplan.period.valid/x/1999")
        .endsWith(": the document holds more than the limit of 200000 values");
    Path large = Files.writeString(dir.resolve("large.yaml"),
        "gcmProfile: '1.0'\nname: p\ndescription: " + "x".repeat(5_000_000) + "\n");
    assertThat(problems(() -> PROFILES.read(large)))
        .containsExactly("1:1 /: the document is larger than the limit of 4194304 bytes");
  }

  @Test
  void unknownRulesAndParameters() {
    assertThat(problems(() -> PROFILES.readJson(HEAD
        + "\"include\": [\"charter.mision.required\"], \"parameters\": {\"charter.meetings.frequency\": {\"maxInterval\": 2}}}")))
        .containsExactly(
            "1:48 /include/0: include 'charter.mision.required' matches no rule; did you mean 'charter.mission.required'?",
            "1:122 /parameters/charter.meetings.frequency/maxInterval: rule 'charter.meetings.frequency' has no parameter"
                + " 'maxInterval' (its parameters: maxIntervalMonths)");
  }

  @Test
  void numbersOutOfRangeOrInAnotherBase() {
    assertThat(problems(() -> PROFILES.readJson(HEAD
        + "\"extends\": \"baseline\", \"parameters\": {\"charter.meetings.frequency\": {\"maxIntervalMonths\": 1e10000000000}}}")))
        .containsExactly("1:126 /parameters/charter.meetings.frequency/maxIntervalMonths: '1e10000000000' is not a number"
            + " this library can hold: write it in decimal");
    assertThat(problems(() -> PROFILES.readYaml("gcmProfile: '1.0'\nname: p\nextends: baseline\n"
        + "parameters:\n  charter.meetings.frequency:\n    maxIntervalMonths: 0x1F\n")))
        .containsExactly("6:24 /parameters/charter.meetings.frequency/maxIntervalMonths: rule"
            + " 'charter.meetings.frequency', parameter 'maxIntervalMonths': '0x1F' is not a whole number");
  }

  @Test
  void nestingTenThousandLevelsDeep() {
    assertThat(problems(() -> PROFILES.readJson(HEAD + "\"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}")))
        .containsExactly("1:141 /: the document is nested deeper than the limit of 100 levels");
    assertThat(problems(() -> PROFILES.readYaml("gcmProfile: '1.0'\nname: p\nx: " + "[".repeat(10_000) + "]".repeat(10_000))))
        .containsExactly("3:104 /: the document is nested deeper than the limit of 100 levels");
  }

  @Test
  void yamlAliasesAndTags() {
    assertThat(problems(() -> PROFILES.readYaml("gcmProfile: '1.0'\nname: &n p\ninclude: [*n]\n")))
        .containsExactly("3:11 /include/0: YAML aliases (*n) are not supported: write the value out in full");
    assertThat(problems(() -> PROFILES.readYaml("gcmProfile: '1.0'\nname: !!java.lang.Runtime p\n")))
        .containsExactly("2:7 /name: YAML tags (!!java.lang.Runtime) are not supported: leave the tag out");
  }

  @Test
  void duplicateKeysNullsTooNewVersionsAndTruncation() {
    assertThat(problems(() -> PROFILES.readJson(HEAD + "\"name\": \"q\"}")))
        .containsExactly("1:36 /name: the field 'name' appears twice");
    assertThat(problems(() -> PROFILES.readJson(HEAD + "\"severities\": null}"))).containsExactly(
        "1:1 /: the profile selects no rules: give \"extends\": \"baseline\" or selectors in \"include\"",
        "1:50 /severities: expected an object, found null");
    assertThat(problems(() -> PROFILES.readJson("{\"gcmProfile\": \"2.0\", \"name\": \"p\"}"))).containsExactly(
        "1:16 /gcmProfile: the profile is in format version 2.0, newer than this library reads (1.x): upgrade gcmkit to read it");
    assertThat(problems(() -> PROFILES.readJson(HEAD.substring(0, 30))))
        .containsExactly("1:31 /: malformed document: Unexpected end-of-input within/between Object entries");
  }

  @Test
  void bytesThatAreNotUtf8AndByteOrderMarks(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.write(bad, new byte[] {'{', '"', (byte) 0xC3, '(', '"', '}'});
    assertThat(problems(() -> PROFILES.read(bad)))
        .containsExactly("1:3 /: the document is not valid UTF-8 (bad byte at offset 2)");
    Path bom = dir.resolve("bom.yaml");
    Files.write(bom, ("\uFEFFgcmProfile: '1.0'\nname: bom\nextends: baseline\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(PROFILES.read(bom).name()).isEqualTo("bom");
  }
}
