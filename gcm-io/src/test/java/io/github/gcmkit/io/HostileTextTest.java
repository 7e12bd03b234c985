package io.github.gcmkit.io;

import static io.github.gcmkit.io.Hostile.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The second round of hostile text: lone surrogates, YAML strings and numbers that the YAML parser
 * does not measure, YAML tags on keys, invalid pointer escapes in baselines, and field names that
 * would forge problem lines.
 */
class HostileTextTest {

  private static final String HEAD = "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", ";
  private static final String YAML_HEAD = "gcmFormat: '1.0'\nkind: charter\n";
  private static final GcmJson JSON = GcmJson.defaults();
  private static final GcmYaml YAML = GcmYaml.defaults();
  private static final GcmOptions SHORT_STRINGS = GcmOptions.defaults().withMaxStringLength(20);

  @Test
  void aLoneSurrogateIsALocatedProblem() {
    String message = "a string holds a lone surrogate (U+D800), which is not a character: "
        + "remove it, or write the character it is half of in full";
    assertThat(problems(JSON, HEAD + "\"title\": {\"en\": \"a\\ud800b\"}}")).containsExactly("1:57 /title/en: " + message);
    assertThat(problems(YAML, YAML_HEAD + "title:\n  en: \"a\\ud800b\"\n")).containsExactly("4:7 /title/en: " + message);
    assertThat(problems(JSON, HEAD + "\"title\": {\"en\": \"\\udc00\"}}")).singleElement().asString().contains("(U+DC00)");
    assertThat(problems(JSON, HEAD + "\"\\ud800\": 1}")).singleElement().asString().contains("surrogate");
    assertThat(problems(YAML, YAML_HEAD + "\"\\ud800\": 1\n")).singleElement().asString()
        .startsWith("3:1 /\\ud800: a field name holds a lone surrogate (U+D800)");
    // A pair is a character.
    assertThat(JSON.read(HEAD + "\"title\": {\"en\": \"\\ud83d\\ude00\"}}").kind()).isEqualTo(DocumentKind.CHARTER);
  }

  @Test
  void yamlStringsOfEveryStyleMeetTheStringLimit() {
    GcmYaml yaml = GcmYaml.with(SHORT_STRINGS);
    String limit = "a string is longer than the limit of 20 characters";
    List<String> styles = List.of(
        "title:\n  en: |\n    0123456789\n    0123456789\n    0123456789\n",
        "title:\n  en: >\n    0123456789\n    0123456789\n    0123456789\n",
        "title:\n  en: 0123456789\n    0123456789\n    0123456789\n",
        "title:\n  en: \"0123456789\n    0123456789\n    0123456789\"\n",
        "title:\n  en: '0123456789\n    0123456789\n    0123456789'\n");
    for (String style : styles) {
      assertThat(problems(yaml, YAML_HEAD + style)).as(style).singleElement().asString().endsWith("/title/en: " + limit);
    }
    assertThat(problems(yaml, YAML_HEAD + "? |\n  0123456789\n  0123456789\n  0123456789\n: 1\n"))
        .singleElement().asString().contains("a field name is longer than the limit of 20 characters");
  }

  @Test
  void yamlNumbersMeetTheDigitLimitBeforeTheyAreConverted() {
    String digits = "9".repeat(1_001);
    GcmYaml lenient = GcmYaml.with(GcmOptions.defaults().withLenient(true));
    assertThat(problems(lenient, YAML_HEAD + "extra: " + digits + "\n"))
        .containsExactly("3:8 /extra: a number is longer than the limit of 1000 digits");
    assertThat(problems(lenient, YAML_HEAD + "extra: 1." + digits + "e5\n"))
        .containsExactly("3:8 /extra: a number is longer than the limit of 1000 digits");
    GcmFormatException profile = catchThrowableOfType(GcmFormatException.class, () -> GcmProfiles.defaults().readYaml(
        "gcmProfile: '1.0'\nname: p\nextends: baseline\nparameters:\n  charter.meetings.frequency:\n    maxIntervalMonths: "
            + digits + "\n"));
    assertThat(profile.problems()).singleElement().asString().endsWith("a number is longer than the limit of 1000 digits");
  }

  @Test
  void yamlTagsAreRefusedOnKeysAsOnValues() {
    assertThat(problems(YAML, YAML_HEAD + "!!java.io.File title: x\n")).singleElement().asString()
        .contains("YAML tags (!!java.io.File) are not supported");
    assertThat(problems(YAML, YAML_HEAD + "title: !custom x\n")).singleElement().asString()
        .contains("YAML tags (!custom) are not supported");
  }

  @Test
  void baselinesRefuseInvalidPointerEscapes() {
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class, () -> GcmBaselines.read(
        "{\"gcmBaseline\": \"1.0\", \"accepted\": [{\"rule\": \"charter.mission.required\", \"path\": \"/a~2b\"},"
            + " {\"rule\": \"charter.mission.required\", \"path\": \"/a~\"}, {\"rule\": \"charter.mission.required\", \"path\": \"/a~0~1\"}]}"));
    assertThat(e.problems()).extracting(FormatProblem::message).containsExactly(
        "'/a~2b' is not a JSON Pointer: a ~ must be followed by 0 (for ~) or 1 (for /)",
        "'/a~' is not a JSON Pointer: a ~ must be followed by 0 (for ~) or 1 (for /)");
  }

  @Test
  void aFieldNameWithALineBreakCannotForgeAProblemLine() {
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class,
        () -> JSON.read(HEAD + "\"x\\n1:1 /: forged\\u001b[2J\": 1}"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("unknown field 'x\\u000a1:1 /: forged\\u001b[2J'");
      assertThat(p.pointer()).hasToString("/x\n1:1 ~1: forged\u001b[2J");
      assertThat(p.toString()).doesNotContain("\n", "\u001b").startsWith("/x\\u000a1:1 ~1: forged\\u001b[2J: unknown field");
    });
  }
}
