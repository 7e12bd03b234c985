package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.workplan.Workplan;
import org.junit.jupiter.api.Test;

class LenientReadingTest {

  private static final String NEWER =
      "{\n"
          + "  \"gcmFormat\": \"1.3\",\n"
          + "  \"kind\": \"workplan\",\n"
          + "  \"language\": \"en\",\n"
          + "  \"id\": \"2020-2021\",\n"
          + "  \"title\": \"Workplan\",\n"
          + "  \"priorities\": [\n"
          + "    {\n"
          + "      \"kind\": \"core\",\n"
          + "      \"number\": 1,\n"
          + "      \"title\": \"One\",\n"
          + "      \"workstreams\": [\n"
          + "        {\n"
          + "          \"id\": \"1.1\",\n"
          + "          \"schedule\": {\"type\": \"continuous\", \"intensity\": \"high\"},\n"
          + "          \"budget\": {\"amount\": 12000.5, \"currency\": \"USD\", \"lines\": [1, true, null]}\n"
          + "        }\n"
          + "      ],\n"
          + "      \"colour\": \"blue\"\n"
          + "    }\n"
          + "  ],\n"
          + "  \"reviewedOn\": \"2021-06-01\"\n"
          + "}\n";

  private final GcmJson lenient = GcmJson.with(GcmOptions.defaults().withLenient(true));

  @Test
  void keepsUnknownFieldsOnTheirObjects() {
    GcmDocument document = lenient.read(NEWER);
    assertThat(document.extensions())
        .containsOnlyKeys("", "/priorities/0", "/priorities/0/workstreams/0", "/priorities/0/workstreams/0/schedule");
    assertThat(document.extensions().get("/priorities/0/workstreams/0"))
        .containsEntry("budget", "{\"amount\":12000.5,\"currency\":\"USD\",\"lines\":[1,true,null]}");
    assertThat(document.value(Workplan.class).workstream("1.1")).isPresent();
  }

  @Test
  void writesThemBackSoNothingIsLost() {
    GcmDocument document = lenient.read(NEWER);
    String written = lenient.write(document);
    assertThat(written).contains("\"reviewedOn\": \"2021-06-01\"", "\"colour\": \"blue\"", "\"intensity\": \"high\"", "\"currency\": \"USD\"");
    GcmDocument again = lenient.read(written);
    assertThat(again).isEqualTo(document);
    assertThat(lenient.write(again)).isEqualTo(written);
    String yaml = GcmYaml.with(GcmOptions.defaults().withLenient(true)).write(document);
    assertThat(GcmYaml.with(GcmOptions.defaults().withLenient(true)).read(yaml)).isEqualTo(document);
  }

  @Test
  void strictReadingRefusesTheSameDocument() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> GcmJson.defaults().read(NEWER))
        .isInstanceOf(GcmFormatException.class)
        .hasMessageStartingWith("4 problems in the document:");
  }

  @Test
  void unknownFieldsOfTextObjectsAreKeptLikeAnyOther() {
    String document = "{\"gcmFormat\": \"1.0\", \"kind\": \"workplan\", \"id\": \"w\","
        + " \"title\": {\"en\": \"W\", \"reviewer's note\": {\"by\": \"IOM\", \"n\": -0}},"
        + " \"priorities\": [{\"kind\": \"core\", \"number\": 1, \"title\": {\"fr\": \"P\", \"en\": \"P\", \"x-\": 1}}]}";
    GcmDocument read = lenient.read(document);
    assertThat(read.extensions()).containsOnlyKeys("/title", "/priorities/0/title");
    assertThat(read.extensions().get("/title")).containsEntry("reviewer's note", "{\"by\":\"IOM\",\"n\":-0}");
    assertThat(read.value(Workplan.class).title().text()).isEqualTo("W");
    String written = lenient.write(read);
    assertThat(written).contains("\"title\": {\n    \"en\": \"W\",\n    \"reviewer's note\": {");
    assertThat(lenient.read(written)).isEqualTo(read);
    assertThat(lenient.write(lenient.read(written))).isEqualTo(written);
    GcmFormatException strict = org.assertj.core.api.Assertions.catchThrowableOfType(
        GcmFormatException.class, () -> GcmJson.defaults().read(document));
    assertThat(strict.problems()).extracting((FormatProblem p) -> p.pointer().toString())
        .containsExactly("/title/reviewer's note", "/priorities/0/title/x-");
  }

  @Test
  void unknownFieldsCountAgainstTheLimitsOfTheDocument() {
    GcmOptions small = GcmOptions.defaults().withLenient(true).withMaxValues(50).withMaxStringLength(20).withMaxNestingDepth(5);
    String head = "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", ";
    assertThat(Hostile.problems(GcmJson.with(small), head + "\"x\": [" + "0,".repeat(60) + "0]}"))
        .containsExactly("1:133 /x/43: the document holds more than the limit of 50 values");
    assertThat(Hostile.problems(GcmJson.with(small), head + "\"x\": {\"y\": \"" + "z".repeat(21) + "\"}}"))
        .singleElement().asString().endsWith("a string is longer than the limit of 20 characters");
    assertThat(Hostile.problems(GcmJson.with(small), head + "\"x\": [[[[[[]]]]]]}"))
        .singleElement().asString().endsWith("the document is nested deeper than the limit of 5 levels");
    assertThat(Hostile.problems(GcmYaml.with(small), "gcmFormat: '1.0'\nkind: charter\nx: |\n  " + "z".repeat(21) + "\n"))
        .singleElement().asString().endsWith("/x: a string is longer than the limit of 20 characters");
  }

  @Test
  void pointersEscapeTheSlashesAndTildesOfFieldNames() {
    String document = "{\"gcmFormat\": \"1.0\", \"kind\": \"workplan\", \"id\": \"w\", \"title\": \"W\","
        + " \"priorities\": [{\"kind\": \"core\", \"number\": 1, \"title\": \"P\", \"a/b~c\": {\"d/e\": 1}}]}";
    GcmFormatException strict = org.assertj.core.api.Assertions.catchThrowableOfType(
        GcmFormatException.class, () -> GcmJson.defaults().read(document));
    assertThat(strict.problems()).extracting((FormatProblem p) -> p.pointer().toString()).containsExactly("/priorities/0/a~1b~0c");
    GcmDocument read = lenient.read(document);
    assertThat(read.extensions()).containsOnlyKeys("/priorities/0");
    assertThat(read.extensions().get("/priorities/0")).containsEntry("a/b~c", "{\"d/e\":1}");
    assertThat(lenient.read(lenient.write(read))).isEqualTo(read);
  }
}
