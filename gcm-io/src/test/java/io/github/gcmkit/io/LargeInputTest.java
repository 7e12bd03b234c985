package io.github.gcmkit.io;

import static io.github.gcmkit.io.Hostile.generated;
import static io.github.gcmkit.io.Hostile.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Validator;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Large hostile inputs, made in memory as they are read. These run in a JVM of their own with a
 * heap of 256 MB (the Surefire execution {@code large-inputs}), so that the limits are shown to hold
 * there: a limit passed is a problem, never an {@code OutOfMemoryError}. The timeouts only stop a
 * hang; they measure nothing.
 */
@Tag("large")
@Timeout(120)
class LargeInputTest {

  private static final long HUNDRED_MB = 100L * 1000 * 1000;
  private static final String HEAD = "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", \"title\": \"";

  @Test
  void aHundredMegabyteStringStopsAtTheStringLimit() {
    assertThat(problems(GcmJson.defaults(), generated(HEAD, "x", HUNDRED_MB, "\"}")))
        .containsExactly("1:50 /title: a string is longer than the limit of 1000000 characters");
    assertThat(problems(GcmYaml.defaults(), generated("gcmFormat: '1.0'\nkind: charter\ntitle: ", "x", HUNDRED_MB, "\n")))
        .containsExactly("3:1001002 /: line 3 is longer than the limit of 1001000 characters for YAML");
    assertThat(problems(GcmYaml.defaults(), generated("gcmFormat: '1.0'\nkind: charter\ntitle: |\n", "x", HUNDRED_MB, "\n")))
        .containsExactly("4:1001002 /: line 4 is longer than the limit of 1001000 characters for YAML");
  }

  @Test
  void yamlScalarsSpanningLinesUnderTheDocumentLimitStopBeforeTheyAreHeld() {
    long lines = 66L * 1000 * 1000 / 12;
    String head = "gcmFormat: '1.0'\nkind: charter\n";
    List<String> starts = List.of("title: |\n  ", "title: >\n  ", "title: plain\n  ", "title: \"\n  ", "title: '\n  ");
    for (String start : starts) {
      assertThat(problems(GcmYaml.defaults(), generated(head + start, "0123456789\n  ", lines, "x\n")))
          .as(start).singleElement().asString().contains("/: a string is longer than the limit of 1000000 characters")
          // Stopped about two million characters in, not after the 5.5 million lines of the scalar.
          .satisfies(p -> assertThat(Integer.parseInt(p.substring(0, p.indexOf(':')))).isBetween(150_000, 200_000));
    }
  }

  @Test
  void aNetworkTooLargeToReadAgainThatNamesItsOwnOrganisationByAliasBeforeDeclaringItIsTold() {
    // Read as it comes, the network meets "Extérieur" before its organisations; an alias would have
    // the network read again, organisations first, but 20 MB of it are too many to keep.
    String head = "{\"gcmFormat\": \"1.0\", \"kind\": \"network\", \"id\": \"xx\", \"level\": \"national\","
        + " \"name\": \"X\", \"country\": \"CM\", \"workplans\": [{\"id\": \"1\", \"title\": \"Plan\","
        + " \"priorities\": [{\"kind\": \"core\", \"number\": 1, \"title\": \"Un\", \"leads\": [\"Extérieur\"]}]}],";
    String tail = "\"entities\": [{\"id\": \"MINEXT\", \"kind\": \"government-agency\", \"name\": \"M\","
        + " \"aliases\": [\"Extérieur\"]}]}";
    assertThat(problems(GcmJson.defaults(), generated(head, " ", 20_000_000, tail)))
        .containsExactly("1:217 /workplans/0/priorities/0/leads/0: in a document this large, a network names its own"
            + " organisation 'Extérieur' otherwise than by its code before declaring it: write 'entities' before the"
            + " fields that name it, or name it by its code");
    // The same network, small, is read again and names the organisation.
    Network small = GcmJson.defaults().read(head + tail).value(Network.class);
    assertThat(small.workplans().get(0).priorities().get(0).leads())
        .extracting(ref -> ((EntityRef) ref).id().code()).containsExactly("MINEXT");
  }

  @Test
  void aCharterTooLargeToReadAgainThatDeclaresAnotherLanguageAfterItsTextsIsTold() {
    String head = "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", \"title\": \"Mandat\",";
    assertThat(problems(GcmJson.defaults(), generated(head, " ", 20_000_000, "\"language\": \"fr\"}")))
        .containsExactly("1:20000071 /language: in a document this large, write 'language' before the fields whose"
            + " texts are in it");
    // The language the texts were read in needs no second reading, however large the document.
    assertThat(GcmJson.defaults().read(generated(head, " ", 20_000_000, "\"language\": \"en\"}"), Charter.class)
        .title()).contains(LocalizedText.en("Mandat"));
  }

  @Test
  void aHundredMegabyteDocumentStopsAtTheDocumentLimit() {
    String head = "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\",";
    assertThat(problems(GcmJson.defaults(), generated(head, " ", HUNDRED_MB, "}")))
        .containsExactly("1:1 /: the document is larger than the limit of 67108864 bytes");
    assertThat(problems(GcmYaml.defaults(), generated("gcmFormat: '1.0'\nkind: charter\n", "# c\n", HUNDRED_MB / 4, "")))
        .containsExactly("1:1 /: the document is larger than the limit of 67108864 bytes");
  }

  @Test
  void aHundredMillionBlankLinesAfterAYamlValueStopAtTheirLimit() {
    // The YAML parser holds the line breaks after a plain value until it sees whether the value
    // goes on: they are refused past twice the string limit, not held up to the document limit.
    assertThat(problems(GcmYaml.defaults(), generated("gcmFormat: '1.0'\nkind: charter\n", "\n", HUNDRED_MB, "")))
        .containsExactly("2000003:1 /: more than 2000000 blank lines in a row after a value that may go on over them, in YAML");
  }

  @Test
  void aHundredMegabytesOfTinyValuesStopAtTheValueLimit() {
    String head = "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", \"x\": [";
    assertThat(problems(GcmJson.defaults(), generated(head, "0,", HUNDRED_MB / 2, "0]}")))
        .containsExactly("1:4000033 /x/1999993: the document holds more than the limit of 2000000 values");
    assertThat(problems(GcmJson.defaults(), generated(head, "{},", HUNDRED_MB / 3, "{}]}")))
        .containsExactly("1:6000026 /x/1999993: the document holds more than the limit of 2000000 values");
    assertThat(problems(GcmYaml.defaults(), generated("gcmFormat: '1.0'\nkind: charter\nx:\n", "- 0\n", HUNDRED_MB / 4, "")))
        .containsExactly("1999997:3 /x/1999993: the document holds more than the limit of 2000000 values");
  }

  @Test
  void aCharterOfNearlyTwoMillionDistinctFieldsStopsAtTheValueLimit() {
    // 1.9 million distinct names (25 MB): each field counts as a value does, so that what their names
    // cost (kept in lenient mode, or a problem each in strict mode) stays within the limits.
    for (GcmJson json : List.of(GcmJson.with(GcmOptions.defaults().withLenient(true)), GcmJson.defaults())) {
      assertThat(problems(json, distinctFields(1_900_000)))
          .containsExactly("1:11888904 /f999997: the document holds more than the limit of 2000000 values");
    }
  }

  /** A charter of {@code count} fields of distinct names, {@code "f0": 0} on, made as it is read. */
  private static java.io.InputStream distinctFields(int count) {
    Iterator<java.io.InputStream> parts = new Iterator<>() {
      private int next = -1;

      @Override
      public boolean hasNext() {
        return next <= count;
      }

      @Override
      public java.io.InputStream next() {
        StringBuilder part = new StringBuilder();
        if (next == -1) {
          part.append("{\"gcmFormat\": \"1.0\", \"kind\": \"charter\"");
          next = 0;
        } else if (next == count) {
          part.append('}');
          next++;
        } else {
          for (int end = Math.min(count, next + 10_000); next < end; next++) {
            part.append(",\"f").append(next).append("\":0");
          }
        }
        return new ByteArrayInputStream(part.toString().getBytes(StandardCharsets.UTF_8));
      }
    };
    return new java.io.SequenceInputStream(com.google.common.collect.Iterators.asEnumeration(parts));
  }

  @Test
  void aHundredMegabyteNdjsonLineStopsAtTheDocumentLimit() {
    String charter = "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\"}\n";
    try (Stream<GcmDocument> documents = GcmJson.defaults().stream(generated(charter, "x", HUNDRED_MB, "\n" + charter))) {
      Iterator<GcmDocument> lines = documents.iterator();
      assertThat(lines.next().kind()).isEqualTo(DocumentKind.CHARTER);
      assertThat(problems(lines::next))
          .containsExactly("2:1 /: the line is larger than the limit of 67108864 bytes");
      assertThat(lines.next().kind()).isEqualTo(DocumentKind.CHARTER);
    }
  }

  @Test
  void aWorkplanWithAHundredThousandWorkstreams() {
    GcmJson json = GcmJson.with(GcmOptions.defaults().withPrettyPrint(false));
    String written = readValidateAndWrite(json, workplan(100_000, "").getBytes(StandardCharsets.UTF_8));
    assertThat(json.write(json.read(written, Workplan.class))).isEqualTo(written);
  }

  private static String readValidateAndWrite(GcmJson json, byte[] document) {
    Workplan workplan = json.read(new ByteArrayInputStream(document), Workplan.class);
    assertThat(workplan.priorities().get(0).workstreams()).hasSize(100_000);
    Report report = Validator.of(Profile.baseline()).validate(workplan);
    assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.pointer()).containsExactly(
        "workplan.period.valid /period", "workplan.whole-of-society /priorities", "workplan.gcm-linkage /priorities/0/links");
    GcmJson.defaults().write(workplan, OutputStream.nullOutputStream());
    return json.write(workplan);
  }

  @Test
  void aHundredThousandWorkstreamsWithUnknownFieldsReadLeniently() {
    GcmJson lenient = GcmJson.with(GcmOptions.defaults().withLenient(true).withPrettyPrint(false));
    GcmDocument document = lenient.read(workplan(100_000, ", \"budget\": 1"));
    assertThat(document.extensions()).hasSize(100_000);
    String written = lenient.write(document);
    assertThat(lenient.write(lenient.read(written))).isEqualTo(written);
  }

  @Test
  void aBaselineOfThreeHundredThousandStaleEntries() {
    StringBuilder s = new StringBuilder("{\"gcmBaseline\": \"1.0\", \"accepted\": [");
    for (int i = 0; i < 300_000; i++) {
      s.append(i == 0 ? "" : ",").append("{\"rule\": \"workplan.period.valid\", \"network\": \"n").append(i % 1000)
          .append("\", \"path\": \"/workplans/0/priorities/").append(i).append("\"}");
    }
    String text = s.append("]}").toString();
    s = null;
    assertThat(text.length()).isGreaterThan(16_000_000);
    io.github.gcmkit.rules.Baseline stale = GcmBaselines.read(text);
    assertThat(stale.entries()).hasSize(300_000);
    Workplan workplan = GcmJson.defaults().read(workplan(10, ""), Workplan.class);
    Report report = Validator.builder().profile(Profile.baseline()).baseline(stale).build().validate(workplan);
    assertThat(report.findings()).isNotEmpty();
  }

  @Test
  void aBaselineOfMoreEntriesThanItsLimit() throws java.io.IOException {
    String head = "{\"gcmBaseline\": \"1.0\", \"accepted\": [";
    String entry = "{\"rule\": \"r\", \"path\": \"\"},";
    String text = new String(generated(head, entry, GcmBaselines.MAX_ENTRIES, entry + "{}]}").readAllBytes(),
        StandardCharsets.UTF_8);
    assertThat(Hostile.problems(() -> {
      GcmBaselines.read(text);
      return null;
    })).containsExactly("1:" + (head.length() + entry.length() * (long) GcmBaselines.MAX_ENTRIES + 1)
        + " /accepted/500000: the baseline holds more than the limit of 500000 entries");
  }

  @Test
  void nestingTenThousandLevelsUnderTheHighestLimit() {
    int highest = GcmOptions.HIGHEST_MAX_NESTING_DEPTH;
    GcmJson json = GcmJson.with(GcmOptions.defaults().withLenient(true).withMaxNestingDepth(highest));
    String head = "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", \"x\": ";
    assertThat(problems(json, head + "[".repeat(10_000) + "]".repeat(10_000) + "}"))
        .containsExactly("1:1046 /: the document is nested deeper than the limit of 1000 levels");
    GcmDocument deepest = json.read(head + "[".repeat(highest - 1) + "]".repeat(highest - 1) + "}");
    assertThat(json.read(json.write(deepest))).isEqualTo(deepest);
  }

  @Test
  void activitiesNestedToTheHighestLimit() {
    GcmJson json = GcmJson.with(GcmOptions.defaults().withMaxNestingDepth(GcmOptions.HIGHEST_MAX_NESTING_DEPTH));
    int levels = (GcmOptions.HIGHEST_MAX_NESTING_DEPTH - 8) / 2;
    StringBuilder s = new StringBuilder("{\"gcmFormat\": \"1.0\", \"kind\": \"workplan\", \"id\": \"w\", \"title\": \"W\","
        + " \"priorities\": [{\"kind\": \"core\", \"number\": 1, \"title\": \"P\", \"workstreams\": [{\"id\": \"1.1\", \"activities\": [");
    for (int i = 0; i < levels; i++) {
      s.append("{\"id\": \"a\", \"text\": \"Level ").append(i).append("\", \"subActivities\": [");
    }
    s.append("]}".repeat(levels)).append("]}]}]}");
    Workplan workplan = json.read(s.toString(), Workplan.class);
    assertThat(Validator.of(Profile.baseline()).validate(workplan).findings()).isNotEmpty();
    assertThat(json.read(json.write(workplan), Workplan.class)).isEqualTo(workplan);
  }

  /** A workplan of one priority with {@code count} workstreams, each ending with {@code extra}. */
  private static String workplan(int count, String extra) {
    StringBuilder s = new StringBuilder(count * 64);
    s.append("{\"gcmFormat\": \"1.0\", \"kind\": \"workplan\", \"id\": \"w\", \"title\": \"Workplan\",")
        .append(" \"priorities\": [{\"kind\": \"core\", \"number\": 1, \"title\": \"Priority\", \"workstreams\": [");
    for (int i = 0; i < count; i++) {
      s.append(i == 0 ? "" : ",").append("{\"id\": \"1.").append(i + 1)
          .append("\", \"outcome\": \"Outcome ").append(i + 1)
          .append("\", \"schedule\": {\"type\": \"continuous\"}, \"leads\": [\"IOM\"], \"participants\": [\"OHCHR\", \"UNHCR\"]")
          .append(extra).append('}');
    }
    return s.append("]}]}").toString();
  }
}
