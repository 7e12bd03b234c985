package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.examples.Datasets;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.rules.ConfiguredRule;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import io.github.gcmkit.rules.Validator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What {@code gcm check} reads: documents larger than the default limit, and NDJSON corpora. */
class CheckInputsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void theLargestDocumentReadIsAnOption() throws IOException {
    Path file = dir.resolve("sn.json");
    Files.writeString(file, Datasets.text("sn"));
    long size = Files.size(file);

    Run refused = Run.gcm("check", "--format", "json", "--max-document-size", "1K", file.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    JsonNode problem = JSON.readTree(refused.out()).get("problems").get(0);
    assertThat(problem.get("source").asString()).isEqualTo(file.toString());
    assertThat(problem.get("message").asString()).contains("1024");

    Run read = Run.gcm("check", "--max-document-size", (size / 1024 + 1) + "K", file.toString());
    assertThat(read.exitCode()).isIn(0, 1);
    assertThat(Run.gcm("check", file.toString()).exitCode()).isEqualTo(read.exitCode());
  }

  @Test
  void aSizeThatIsNotOneIsAnErrorOfTheCommandLine() {
    for (String wrong : List.of("big", "0", "-5M", "12Q", "99999999999G")) {
      Run run = Run.gcm("check", "--max-document-size", wrong, "--bundled");
      assertThat(run.exitCode()).as(wrong).isEqualTo(2);
      assertThat(run.err()).as(wrong).contains("--max-document-size").contains("'" + wrong + "'");
    }
  }

  /**
   * NDJSON files alone are checked a line at a time: the report is the sum of each document's
   * checked on its own, by the profile's rules but those that compare the networks of a
   * federation, which the command names as not evaluated.
   */
  @Test
  void anNdjsonCorpusIsCheckedALineAtATimeEachDocumentOnItsOwn() throws IOException {
    Path corpus = dir.resolve("corpus.ndjson");
    try (OutputStream out = Files.newOutputStream(corpus)) {
      GcmJson.defaults().writeLines(
          Datasets.names().stream().map(Datasets::read).toList(), out);
    }
    List<String> federationRules = Validator.of(Profile.baseline()).rules().stream()
        .filter(r -> r.rule().target().equals(Target.FEDERATION)).map(ConfiguredRule::id).toList();
    Validator alone = Validator.of(Profile.builder("baseline").from(Profile.baseline())
        .exclude(federationRules.toArray(String[]::new)).build());
    int findings = 0;
    int notEvaluated = 0;
    boolean passed = true;
    for (String name : Datasets.names()) {
      Report report = alone.validate(Inputs.federation(Map.of(name, Datasets.read(name))));
      findings += report.findings().size();
      notEvaluated += report.notEvaluated().size();
      passed &= report.passed(Severity.ERROR);
    }

    Run run = Run.gcm("check", "--format", "json", corpus.toString());
    assertThat(run.exitCode()).isEqualTo(passed ? 0 : 1);
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("findings")).hasSize(findings)
        .noneMatch(f -> federationRules.contains(f.get("rule").asString()));
    assertThat(report.get("notEvaluated")).hasSize(notEvaluated);
    assertThat(report.get("summary").get("notEvaluated").asInt()).isEqualTo(notEvaluated);
    assertThat(federationRules).isNotEmpty();
    assertThat(run.err()).contains("a line at a time").contains(federationRules);
    assertThat(Run.gcm("check", "--lang", "fr", corpus.toString()).err()).contains("ligne par ligne");
  }

  /**
   * Checked a line at a time, the federation's rules do not run, so their baseline entries are not
   * judged; an entry of a rule that ran and matched no line no longer occurs, and no one line
   * places it.
   */
  @Test
  void aStreamedCheckJudgesTheBaselineEntriesOfTheRulesItRunsOnly() throws IOException {
    Path corpus = Files.writeString(dir.resolve("zz.ndjson"),
        "{\"gcmFormat\":\"1.0\",\"kind\":\"network\",\"id\":\"zz\",\"level\":\"national\",\"name\":\"Z\","
            + "\"country\":\"CM\",\"reportsTo\":\"wca\",\"charter\":{\"title\":\"Charter\"}}\n");
    Path baseline = Files.writeString(dir.resolve("accepted.json"), "{\"gcmBaseline\": \"1.0\", \"accepted\": [\n"
        + "  {\"rule\": \"federation.reporting.resolves\", \"network\": \"zz\", \"path\": \"/reportsTo\"},\n"
        + "  {\"rule\": \"charter.mission.required\", \"network\": \"zz\", \"path\": \"/gone\"}]}");
    Run run = Run.gcm("check", "--format", "json", "--baseline", baseline.toString(), corpus.toString());
    assertThat(run.err()).contains("federation.reporting.resolves");
    assertThat(JSON.readTree(run.out()).get("baseline").get("noLongerOccurring")).singleElement().satisfies(e -> {
      assertThat(e.get("rule").asString()).isEqualTo("charter.mission.required");
      assertThat(e.has("source")).as("no one line places it").isFalse();
    });
  }

  @Test
  void anEmptyNdjsonCorpusStillListsTheRulesThatRan() throws IOException {
    Path corpus = Files.writeString(dir.resolve("empty.ndjson"), "\n");
    Run run = Run.gcm("check", "--format", "sarif", corpus.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(JSON.readTree(run.out()).get("runs").get(0).get("tool").get("driver").get("rules")).isNotEmpty();
  }

  @Test
  void theRulesOfEveryLineAreListedWhicheverKindComesFirst() throws IOException {
    Path corpus = Files.writeString(dir.resolve("mixed.ndjson"),
        "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", \"title\": \"Charter\", \"objectives\": [{\"id\": \"o1\", \"text\": \"x\"}]}\n"
            + "{\"gcmFormat\": \"1.0\", \"kind\": \"network\", \"id\": \"n\", \"level\": \"national\", \"name\": \"N\", "
            + "\"country\": \"CM\"}\n");
    Run run = Run.gcm("check", "--format", "sarif", corpus.toString());
    List<String> rules = new ArrayList<>();
    JSON.readTree(run.out()).get("runs").get(0).get("tool").get("driver").get("rules")
        .forEach(rule -> rules.add(rule.get("id").asString()));
    assertThat(rules).contains("charter.mission.required", "workplan.period.valid", "network.workplan.overlap")
        .doesNotHaveDuplicates();
  }

  @Test
  void aBaselineIsWrittenOnlyOfDocumentsCheckedTogether() throws IOException {
    Path corpus = events(3);
    for (String option : List.of("--write-baseline", "--update-baseline")) {
      Run run = Run.gcm("check", option, dir.resolve("accepted.json").toString(), corpus.toString());
      assertThat(run.exitCode()).as(option).isEqualTo(2);
      assertThat(run.err()).as(option).contains("a line at a time").hasLineCount(1);
    }
  }

  @Test
  void aBrokenLineOfAnNdjsonCorpusIsReportedAtItsLineAndTheOthersAreStillRead() throws IOException {
    Path corpus = dir.resolve("corpus.ndjson");
    String good = GcmJson.with(GcmJson.defaults().options().withPrettyPrint(false)).write(Datasets.read("global"));
    Files.writeString(corpus, good.strip() + "\n{\"gcmFormat\": \"1.0\", \"kind\": \"network\"}\n",
        StandardCharsets.UTF_8);
    Run run = Run.gcm("check", "--format", "json", corpus.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode problems = JSON.readTree(run.out()).get("problems");
    assertThat(problems).isNotEmpty().allSatisfy(p -> {
      assertThat(p.get("source").asString()).isEqualTo(corpus.toString());
      assertThat(p.get("line").asInt()).isEqualTo(2);
    });
  }

  /**
   * An NDJSON file checked alone is read once for each part of the report: one that changes once
   * the report has begun is still checked as it was when the check began, the report whole and
   * the same as it would have been (the check reads a copy), in every format.
   */
  @Test
  void anNdjsonFileChangedWhileItIsCheckedIsCheckedAsItWasWhenTheCheckBegan() throws IOException {
    Path corpus = dir.resolve("changing.ndjson");
    String before = "{\"gcmFormat\":\"1.0\",\"kind\":\"network\",\"id\":\"zz\",\"level\":\"national\",\"name\":\"Z\","
        + "\"country\":\"CM\",\"charter\":{\"title\":\"Charter\"}}\n"
        + "{\"gcmFormat\":\"1.0\",\"kind\":\"event\",\"event\":{\"id\":\"e1\",\"title\":\"Event\",\"kind\":\"webinar\","
        + "\"date\":\"2020-08-12\"}}\n";
    String after = "{\"gcmFormat\": \"1.0\", \"kind\": \"network\"}\nnot json\n" + before + before;
    for (String format : List.of("text", "json", "sarif", "junit", "github", "markdown")) {
      Files.writeString(corpus, before, StandardCharsets.UTF_8);
      Run unchanged = Run.gcm("check", "--format", format, corpus.toString());
      assertThat(unchanged.exitCode()).as(format).isEqualTo(1);

      Files.writeString(corpus, before, StandardCharsets.UTF_8);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      boolean[] changed = {false};
      Writer changing = new Writer() {
        @Override
        public void write(char[] text, int from, int length) throws IOException {
          if (!changed[0]) {
            changed[0] = true;
            Files.writeString(corpus, after, StandardCharsets.UTF_8);
          }
          out.write(text, from, length);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
      String[] args = {"check", "--format", format, corpus.toString()};
      CommandLine gcm = Gcm.commandLine(false, Clock.systemDefaultZone(), args);
      gcm.setOut(new PrintWriter(changing, true));
      gcm.setErr(new PrintWriter(err, true));
      int exitCode = gcm.execute(args);

      assertThat(changed[0]).as(format).isTrue();
      assertThat(Files.readString(corpus)).isEqualTo(after);
      assertThat(exitCode).as(format).isEqualTo(unchanged.exitCode());
      assertThat(out.toString()).as(format).isEqualTo(unchanged.out());
      assertThat(err.toString()).as(format).isEqualTo(unchanged.err());
    }
  }

  @Test
  void theCopiesOfTheFilesReadAgainAreTheirBytesAndAreDeletedWhenClosed() throws IOException {
    Path corpus = events(3);
    Path copy;
    try (Snapshots copies = Snapshots.of(List.of(corpus, dir.resolve("missing.ndjson")))) {
      copy = copies.of(corpus);
      assertThat(copy).isNotEqualTo(corpus).hasSameBinaryContentAs(corpus);
      Files.writeString(corpus, "changed\n");
      assertThat(Files.readString(copy)).startsWith("{\"gcmFormat\"");
      // What cannot be opened is read as it is, and reported as any input that cannot be read.
      assertThat(copies.of(dir.resolve("missing.ndjson"))).isEqualTo(dir.resolve("missing.ndjson"));
    }
    assertThat(copy).doesNotExist();
  }

  @Test
  void documentsCheckedTogetherAreBoundedInNumber() throws IOException {
    Path corpus = events(Documents.MAX_DOCUMENTS);
    Run run = Run.gcm("check", "--bundled", corpus.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    int past = Documents.MAX_DOCUMENTS + 1 - Datasets.names().size();
    assertThat(run.err()).contains(corpus + "#" + past).contains("checked together");
    assertThat(Run.gcm("check", "--lang", "fr", "--bundled", corpus.toString()).err()).contains("vérifiés ensemble");
  }

  @Test
  void anNdjsonCorpusAloneIsNotBoundedInNumber() throws IOException {
    Run run = Run.gcm("check", "--format", "json", events(Documents.MAX_DOCUMENTS + 1).toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(JSON.readTree(run.out()).get("summary").get("passed").asBoolean()).isTrue();
  }

  /** An NDJSON corpus of {@code count} event documents. */
  private Path events(int count) throws IOException {
    Path corpus = dir.resolve("corpus.ndjson");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < count; i++) {
      lines.append("{\"gcmFormat\":\"1.0\",\"kind\":\"event\",\"event\":{\"id\":\"e").append(i)
          .append("\",\"title\":\"Event\",\"kind\":\"webinar\",\"date\":\"2020-08-12\"}}\n");
    }
    return Files.writeString(corpus, lines, StandardCharsets.UTF_8);
  }

  @Test
  void aProfileThatCannotBeReadIsNotCountedAmongTheDocuments() throws IOException {
    Path profile = Files.writeString(dir.resolve("profile.json"), "{}");
    Run run = Run.gcm("check", "--profile", profile.toString(), events(Documents.MAX_DOCUMENTS).toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(profile.toString()).doesNotContain("checked together");
  }

  @Test
  void documentsCheckedTogetherAreBoundedInSizeAsOneDocumentIs() throws IOException {
    Path one = Files.writeString(dir.resolve("one.json"), Datasets.text("cccpa-webinar-2020-08-12"));
    Path two = Files.writeString(dir.resolve("two.json"), Datasets.text("cccpa-webinar-2020-08-12"));
    long limit = Files.size(one) + 1;
    assertThat(Run.gcm("check", "--max-document-size", String.valueOf(limit), one.toString()).exitCode()).isIn(0, 1);
    Run together = Run.gcm("check", "--max-document-size", String.valueOf(limit), one.toString(), two.toString());
    assertThat(together.exitCode()).isEqualTo(2);
    assertThat(together.err()).contains("checked together").contains("--max-document-size");
  }
}
