package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gcmkit.model.InvariantViolation;
import io.github.gcmkit.model.Period;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Under {@code --lang fr}, every line the command prints about a bad input or a bad command line is
 * French: run over a corpus of each kind of reading problem and of each kind of command-line
 * mistake, no line of standard error reads as it does under {@code --lang en} (each line has words
 * of our own around what it quotes), and none of picocli's own English survives.
 */
class FrenchProblemsTest {

  /** picocli's own wording of its parse errors, which the command words itself. */
  private static final List<String> PICOCLI = List.of(
      "Unknown option", "Unmatched argument", "Missing required", "Invalid value", "Did you mean",
      "Possible solutions", "should be specified only once", "Expected parameter");

  @TempDir static Path dir;

  @BeforeAll
  static void corpus() throws IOException {
    String charter = "{\"gcmFormat\": \"1.0\", \"kind\": \"charter\", \"title\": %s}";
    String workplan = "{\"gcmFormat\": \"1.0\", \"kind\": \"workplan\", \"id\": \"w\", \"title\": \"W\", "
        + "\"priorities\": [{\"kind\": \"core\", \"number\": %s, \"title\": \"P\"}]}";
    write("deep.json", String.format(charter, "[".repeat(200) + "]".repeat(200)));
    write("long-number.json", String.format(workplan, "9".repeat(1_001)));
    write("out-of-range.json", String.format(workplan, "99999999999"));
    write("not-positive.json", String.format(workplan, "-0"));
    Files.write(dir.resolve("not-utf8.json"), new byte[] {'{', (byte) 0xFF, '}'});
    write("surrogate.json", String.format(charter, "\"\\ud800\""));
    write("alias.yaml", "gcmFormat: '1.0'\nkind: charter\ntitle: &t T\nlanguage: *t\n");
    write("tag.yaml", "gcmFormat: '1.0'\nkind: charter\ntitle: !!java.io.File T\n");
    write("dates.json", "{\"gcmFormat\": \"1.0\", \"kind\": \"workplan\", \"id\": \"w\", \"title\": \"W\", \"revisions\": ["
        + "{\"date\": \"spring 2021\"}, {\"date\": \"2021-13\"}, {\"date\": \"2021-02-30\"}]}");
    write("national.json", "{\"gcmFormat\": \"1.0\", \"kind\": \"network\", \"id\": \"sn\", \"level\": \"national\", "
        + "\"name\": \"Réseau\"}");
    write("clash.json", "{\"gcmFormat\": \"1.0\", \"kind\": \"network\", \"id\": \"xx\", \"level\": \"national\", "
        + "\"name\": \"Réseau\", \"country\": \"CM\", \"entities\": ["
        + "{\"id\": \"IOM\", \"kind\": \"other\", \"name\": \"Une autre\"}, "
        + "{\"id\": \"MINX\", \"kind\": \"other\", \"name\": \"X\", \"aliases\": [\"UN Women\"]}, "
        + "{\"id\": \"MINY\", \"kind\": \"other\", \"name\": \"Y\", \"aliases\": [\"Pareil\"]}, "
        + "{\"id\": \"MINZ\", \"kind\": \"other\", \"name\": \"Z\", \"aliases\": [\"Pareil\"]}]}");
    write("lines.ndjson", "{\"gcmFormat\": \"1.0\", \"kind\": \"network\", \"id\": \"a\", \"level\": \"planetary\", \"name\": \"A\"}\n"
        + "{\"gcmFormat\": 1.0}\n");
    write("syntax.yaml", "gcmFormat: '1.0'\nkind: network\nid: a: b\n");
    write("unknown-field.json", "{\"gcmFormat\": \"1.0\", \"kind\": \"network\", \"id\": \"ml\", \"levl\": \"national\"}");
    write("profile.json", "{\"gcmProfile\": \"1.0\", \"name\": \"p\", \"extends\": \"baseline\", \"severities\": "
        + "{\"charter.nope\": \"error\"}, \"parameters\": {\"charter.meetings.frequency\": {\"maxIntervalMonths\": 1e10000000000}}}");
    write("baseline.json", "{\"gcmBaseline\": \"1.0\", \"accepted\": [{\"rule\": \"charter.x\", \"network\": \"sn\", "
        + "\"path\": \"no-slash\", \"expires\": \"30/06/2027\"}]}");
  }

  private static void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String file(String name) {
    return dir.resolve(name).toString();
  }

  static Stream<List<String>> commandLines() {
    List<List<String>> lines = new ArrayList<>();
    for (String input : List.of("deep.json", "long-number.json", "out-of-range.json", "not-positive.json", "not-utf8.json",
        "surrogate.json", "alias.yaml", "tag.yaml", "dates.json", "national.json", "clash.json", "lines.ndjson",
        "syntax.yaml", "unknown-field.json")) {
      lines.add(List.of("check", file(input)));
    }
    lines.add(List.of("check", "--max-document-size", "100", file("national.json")));
    lines.add(List.of("check", "--bundled", "--profile", file("profile.json")));
    lines.add(List.of("check", "--bundled", "--baseline", file("baseline.json")));
    lines.add(List.of("check", "--bundled", "--write-baseline", dir.toString()));
    // The command line itself.
    lines.add(List.of("chek", "--bundled"));
    lines.add(List.of("lint"));
    lines.add(List.of("check", "--bundled", "--formt", "json"));
    lines.add(List.of("check", "--bundled", "--format", "xml"));
    lines.add(List.of("check", "--bundled", "--format", "json", "--format", "text"));
    lines.add(List.of("check", "--bundled", "--max-document-size", "lots"));
    lines.add(List.of("check", "--bundled", "--fail-on"));
    lines.add(List.of("generate", "--networks", "many"));
    lines.add(List.of("diff"));
    lines.add(List.of("rules", "extra"));
    return lines.stream();
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void everyLineOnStandardErrorIsFrench(List<String> command) {
    Run french = run(command, "fr");
    Run english = run(command, "en");
    assertThat(french.exitCode()).as("gcm %s", command).isEqualTo(Gcm.UNREADABLE);
    List<String> fr = french.err().lines().toList();
    List<String> en = english.err().lines().toList();
    assertThat(fr).as("gcm %s", command).isNotEmpty().hasSameSizeAs(en);
    for (int i = 0; i < fr.size(); i++) {
      assertThat(fr.get(i)).as("line %s of gcm %s --lang fr", i + 1, command).isNotEqualTo(en.get(i));
    }
    for (String words : PICOCLI) {
      assertThat(french.err()).as("gcm %s --lang fr", command).doesNotContain(words);
    }
  }

  @Test
  void aBrokenRuleOfTheModelReachingTheCommandIsFrench() {
    CommandLine command = Gcm.commandLine(false);
    StringWriter err = new StringWriter();
    command.setErr(new PrintWriter(err, true));
    CommandLine.ParseResult parsed = command.parseArgs("check", "--bundled", "--lang", "fr");
    InvariantViolation violation = catchThrowableOfType(InvariantViolation.class,
        () -> Period.of(YearMonth.of(2020, 11), YearMonth.of(2019, 12)));

    assertThat(new Errors().handleExecutionException(violation, command, parsed)).isEqualTo(Gcm.UNREADABLE);
    assertThat(err.toString().lines()).containsExactly("gcm: to: 2019-12 précède le début 2020-11");
  }

  private static Run run(List<String> command, String language) {
    List<String> args = new ArrayList<>(command);
    args.add("--lang");
    args.add(language);
    return Run.gcm(args.toArray(String[]::new));
  }
}
