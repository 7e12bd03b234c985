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
