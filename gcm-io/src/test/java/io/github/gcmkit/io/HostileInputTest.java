package io.github.gcmkit.io;

import static io.github.gcmkit.io.Hostile.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Validator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken input, each with the exact problems it gets. The large inputs (a 100 MB
 * string, 100,000 workstreams) are in {@link LargeInputTest}, which runs in a 256 MB heap.
 */
class HostileInputTest {

  private static final String HEAD = "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", ";
  private static final GcmJson JSON = GcmJson.defaults();
  private static final GcmYaml YAML = GcmYaml.defaults();
  private static final GcmJson LENIENT = GcmJson.with(GcmOptions.defaults().withLenient(true));

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void nestingTenThousandLevelsDeep() {
    String json = HEAD + "\"title\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    assertThat(problems(JSON, json)).containsExactly(
        "1:150 /: the document is nested deeper than the limit of 100 levels");
    assertThat(problems(JSON, utf8(json))).containsExactly(
        "1:150 /: the document is nested deeper than the limit of 100 levels");
    String yaml = "gcmFormat: '1.0'\nkind: charter\ntitle: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    assertThat(problems(YAML, yaml)).containsExactly(
        "3:108 /: the document is nested deeper than the limit of 100 levels");
    StringBuilder block = new StringBuilder("gcmFormat: '1.0'\nkind: charter\ntitle:\n");
    for (int i = 1; i <= 10_000; i++) {
      block.append(" ".repeat(i)).append("-\n");
    }
    assertThat(problems(YAML, block.toString())).containsExactly(
        "103:101 /: the document is nested deeper than the limit of 100 levels");
  }

  @Test
  void hugeNumbers() {
    String workplan = "{\"gcmFormat\": \"1.0\", \"kind\": \"workplan\", \"id\": \"w\", \"title\": \"W\", "
        + "\"priorities\": [{\"kind\": \"core\", \"number\": %s, \"title\": \"P\"}]}";
    assertThat(problems(JSON, String.format(workplan, "9".repeat(5000)))).containsExactly(
        "1:5109 /: a number is longer than the limit of 1000 digits");
    assertThat(problems(JSON, String.format(workplan, "99999999999"))).containsExactly(
        "1:109 /priorities/0/number: 99999999999 is out of range");
    assertThat(problems(JSON, String.format(workplan, "1e999999999"))).containsExactly(
        "1:109 /priorities/0/number: expected an integer, found a number");
    assertThat(problems(JSON, String.format(workplan, "-0"))).containsExactly(
        "1:109 /priorities/0/number: 0 is not a positive number");
  }

  @Test
  void hugeNumbersInUnknownFieldsSurviveLenientReading() {
    String[][] numbers = {
      {"1e999999999", "1e999999999"}, {"-1E-999999999", "-1E-999999999"}, {"-0", "-0"}, {"1.50e+3", "1.50e+3"},
      {"123456789012345678901234567890", "123456789012345678901234567890"}, {"0.10", "0.10"},
    };
    for (String[] number : numbers) {
      GcmDocument document = LENIENT.read(HEAD + "\"extra\": " + number[0] + "}");
      assertThat(document.extensions().get("")).containsEntry("extra", number[1]);
      assertThat(LENIENT.write(document)).contains("\"extra\": " + number[1]);
      assertThat(LENIENT.read(LENIENT.write(document))).isEqualTo(document);
    }
  }

  @Test
  void duplicateKeys() {
    assertThat(problems(JSON, HEAD + "\"title\": \"A\", \"title\": \"B\"}")).containsExactly(
        "1:55 /title: the field 'title' appears twice");
    assertThat(problems(JSON, HEAD + "\"kind\": \"charter\"}")).containsExactly(
        "1:41 /kind: the field 'kind' appears twice");
    assertThat(problems(YAML, "gcmFormat: '1.0'\nkind: charter\ntitle: A\ntitle: B\n")).containsExactly(
        "4:1 /title: the field 'title' appears twice");
    assertThat(problems(LENIENT, HEAD + "\"x\": 1, \"x\": 2}")).containsExactly(
        "1:49 /x: the field 'x' appears twice");
  }

  @Test
  void aUtf8ByteOrderMarkIsSkipped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String charter = HEAD + "\"title\": \"Mandat\"}";
    byte[] json = concat(bom, utf8(charter));
    assertThat(JSON.read(new java.io.ByteArrayInputStream(json), Charter.class).title()).isPresent();
    assertThat(JSON.read("\uFEFF" + charter, Charter.class).title()).isPresent();
    byte[] yaml = concat(bom, utf8("gcmFormat: '1.0'\nkind: charter\ntitle: Mandat\n"));
    assertThat(YAML.read(new java.io.ByteArrayInputStream(yaml), Charter.class).title()).isPresent();
    assertThat(problems(JSON, concat(bom, concat(bom, utf8(charter))))).containsExactly(
        "1:1 /: malformed document: unexpected character 'U+FEFF' (the parser says: Unexpected character (U+FEFF):"
            + " expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false'))");
  }

  @Test
  void invalidUtf8() {
    byte[] lone = utf8(HEAD + "\n\"title\": \"Mandat X\"}");
    lone[lone.length - 4] = (byte) 0xC3; // a lead byte followed by an ASCII byte
    assertThat(problems(JSON, lone)).containsExactly(
        "2:17 /: the document is not valid UTF-8 (bad byte at offset 57)");
    assertThat(problems(YAML, lone)).containsExactly(
        "2:17 /: the document is not valid UTF-8 (bad byte at offset 57)");
    byte[] overlong = concat(utf8(HEAD + "\"title\": \""), new byte[] {(byte) 0xC0, (byte) 0xAF, '"', '}'});
    assertThat(problems(JSON, overlong)).containsExactly(
        "1:51 /: the document is not valid UTF-8 (bad byte at offset 50)");
    byte[] surrogate = concat(utf8(HEAD + "\"title\": \""), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'});
    assertThat(problems(JSON, surrogate)).containsExactly(
        "1:51 /: the document is not valid UTF-8 (bad byte at offset 50)");
    byte[] cut = concat(utf8(HEAD + "\"title\": \"é"), new byte[0]);
    assertThat(problems(JSON, java.util.Arrays.copyOf(cut, cut.length - 1))).containsExactly(
        "1:51 /: the document is not valid UTF-8 (bad byte at offset 50)");
  }

  @Test
  void charactersBeyondTheBasicPlane() {
    String charter = HEAD + "\"title\": \"Réseau 🌍 des migrations\"}";
    assertThat(JSON.read(new java.io.ByteArrayInputStream(utf8(charter)), Charter.class).title().get().text())
        .isEqualTo("Réseau 🌍 des migrations");
  }

  @Test
  void truncatedDocuments() {
    String charter = Documents.text("senegal-charter.json");
    String half = charter.substring(0, charter.length() / 2);
    assertThat(problems(JSON, half)).containsExactly(
        "42:19 /: malformed document: Unexpected end-of-input within/between Object entries");
    assertThat(problems(JSON, utf8(half))).containsExactly(
        "42:19 /: malformed document: Unexpected end-of-input within/between Object entries");
    assertThat(problems(YAML, half)).containsExactly(
        "42:17 /: malformed document: while parsing a flow node; expected the node content, but found '<stream end>'");
    assertThat(problems(JSON, "{\"gcmFormat\": \"1.")).containsExactly(
        "1:18 /: malformed document: a string is not closed: its closing quote is missing (the parser says:"
            + " Unexpected end-of-input: was expecting closing quote for a string value)");
  }

  @Test
  void nullWhereAnObjectIsExpected() {
    assertThat(problems(JSON, "null")).containsExactly(
        "1:1 /: expected a gcmkit document (an object with \"gcmFormat\" and \"kind\"), found null");
    assertThat(problems(JSON, HEAD + "\"governance\": null}")).containsExactly(
        "1:55 /governance: null is not allowed here; leave the field out instead");
    assertThat(problems(JSON, "{\"gcmFormat\": \"1.0\", \"kind\": \"network\", \"id\": \"sn\", \"level\": \"global\","
        + " \"name\": \"N\", \"workplans\": [null]}")).containsExactly(
        "1:99 /workplans/0: expected an object, found null");
    assertThat(problems(JSON, "{\"gcmFormat\": \"1.0\", \"kind\": \"event\", \"event\": null}")).containsExactly(
        "1:48 /event: expected an object, found null");
    assertThat(problems(YAML, "gcmFormat: '1.0'\nkind: charter\ngovernance:\n")).containsExactly(
        "3:12 /governance: null is not allowed here; leave the field out instead");
    assertThat(LENIENT.read(HEAD + "\"governance\": null}").kind()).isEqualTo(DocumentKind.CHARTER);
  }

  @Test
  void aFormatVersionTooNewAsksForAnUpgrade() {
    assertThat(problems(JSON, "{\"gcmFormat\": \"2.0\", \"kind\": \"charter\"}")).containsExactly(
        "1:15 /gcmFormat: the document is in format version 2.0, newer than this library reads (1.x): upgrade gcmkit to read it");
    assertThat(problems(YAML, "gcmFormat: 2.1\nkind: charter\n")).containsExactly(
        "1:12 /gcmFormat: the document is in format version 2.1, newer than this library reads (1.x): upgrade gcmkit to read it");
    assertThat(problems(JSON, "{\"gcmFormat\": \"0.9\", \"kind\": \"charter\"}")).containsExactly(
        "1:15 /gcmFormat: unsupported format version '0.9', this library reads 1.x");
    assertThat(problems(JSON, "{\"gcmFormat\": \"one\", \"kind\": \"charter\"}")).containsExactly(
        "1:15 /gcmFormat: unsupported format version 'one', this library reads 1.x");
    assertThat(problems(JSON, "{\"gcmFormat\": 1.0, \"kind\": \"charter\"}")).containsExactly(
        "1:15 /gcmFormat: expected a string, found a number");
    assertThat(JSON.read("{\"gcmFormat\": \"1.9\", \"kind\": \"charter\"}").kind()).isEqualTo(DocumentKind.CHARTER);
  }

  @Test
  void yamlAliasBombs() {
    StringBuilder lol = new StringBuilder("gcmFormat: '1.0'\nkind: charter\n");
    lol.append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      lol.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        lol.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      lol.append("]\n");
      previous = c;
    }
    assertThat(problems(YAML, lol.toString())).containsExactly(
        "4:8 /b/0: YAML aliases (*a) are not supported: write the value out in full");
    assertThat(problems(YAML, "gcmFormat: '1.0'\nkind: &k charter\ntitle: *k\n")).containsExactly(
        "3:8 /title: YAML aliases (*k) are not supported: write the value out in full");
  }

  @Test
  void yamlTagsNamingJavaTypes() {
    assertThat(problems(YAML, "gcmFormat: '1.0'\nkind: charter\ntitle: !!java.lang.Runtime x\n")).containsExactly(
        "3:8 /title: YAML tags (!!java.lang.Runtime) are not supported: leave the tag out");
    assertThat(problems(YAML, "gcmFormat: '1.0'\nkind: charter\ngovernance: !!javax.script.ScriptEngineManager "
        + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\n")).containsExactly(
        "3:13 /governance: YAML tags (!!javax.script.ScriptEngineManager) are not supported: leave the tag out");
    assertThat(problems(YAML, "!<tag:yaml.org,2002:java.util.HashMap> {gcmFormat: '1.0', kind: charter}\n")).containsExactly(
        "1:1 /: YAML tags (!!java.util.HashMap) are not supported: leave the tag out");
    assertThat(problems(YAML, "gcmFormat: '1.0'\nkind: charter\ntitle: !local x\n")).containsExactly(
        "3:8 /title: YAML tags (!local) are not supported: leave the tag out");
    assertThat(YAML.read("gcmFormat: !!str 1.0\nkind: charter\ntitle: !!str 2020\n", Charter.class).title()).isPresent();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void aFederationWhoseReportingLinesFormACycleIsReportedNotFollowed() {
    String federation = "{\"gcmFormat\": \"1.0\", \"kind\": \"federation\", \"networks\": ["
        + "{\"id\": \"wca\", \"level\": \"regional\", \"name\": \"WCA\", \"reportsTo\": \"sn\"},"
        + "{\"id\": \"sn\", \"level\": \"national\", \"name\": \"SN\", \"country\": \"SN\", \"reportsTo\": \"cm\"},"
        + "{\"id\": \"cm\", \"level\": \"national\", \"name\": \"CM\", \"country\": \"CM\", \"reportsTo\": \"wca\"},"
        + "{\"id\": \"self\", \"level\": \"regional\", \"name\": \"Self\", \"reportsTo\": \"self\"}]}";
    Report report = Validator.of(Profile.baseline()).validate(JSON.read(federation, Federation.class));
    assertThat(report.findings().stream()
            .filter(f -> f.message().text(LocalizedText.ENGLISH).contains("cycle"))
            .map(f -> f.ruleId() + " " + f.pointer() + " " + f.message().text(LocalizedText.ENGLISH)))
        .containsExactly(
            "federation.reporting.hierarchy /networks/2/reportsTo Network cm is in a reporting cycle: cm → wca → sn → cm.",
            "federation.reporting.hierarchy /networks/3/reportsTo Network self is in a reporting cycle: self → self.",
            "federation.reporting.hierarchy /networks/1/reportsTo Network sn is in a reporting cycle: cm → wca → sn → cm.",
            "federation.reporting.hierarchy /networks/0/reportsTo Network wca is in a reporting cycle: cm → wca → sn → cm.");
  }
}
