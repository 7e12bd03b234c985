package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code --lang fr}, the words the command line prints around the documents' own text — the
 * frame — are French, for every command that takes {@code --lang}, on the bundled data. (GitHub
 * workflow commands keep their English keywords, {@code ::warning}, which the runner reads; quotes
 * of English documents stay English.)
 */
class FrenchEverywhereTest {

  /**
   * English words of the frames, as whole words: each was once printed in a French run. Words of
   * the documents themselves (an English workplan's titles) are not frame words and may appear.
   */
  private static final List<String> ENGLISH_FRAME = List.of(
      "no findings", "Hint:", "Summary:", "PASSED", "FAILED", "not evaluated", "Rules:", "Baseline:",
      "profile '", "error", "warning", "GCM objective", "Guiding principle", "served", "stated by the workplan",
      "interpreted when encoded", "Title", "Adopted", "Established by", "Objectives", "Members",
      "External partners", "Co-chairs", "Meetings", "Decisions", "Working groups", "Annual review",
      "Secretariat", "Reporting", "clauses differ", "permanent, ", "rotating", "term not stated",
      "succession not stated", "rules. The", "Progress as of", "Not reported", "Settings, each", "from '",
      "Extends:", "default");

  private static void assertFrench(String... command) {
    Run run = Run.gcm(command);
    assertThat(run.exitCode()).as(String.join(" ", command)).isLessThan(2);
    for (String word : ENGLISH_FRAME) {
      assertThat(Pattern.compile("(?<![\\w.-])" + Pattern.quote(word) + "(?![\\w-])").matcher(run.out()).find())
          .as("'%s' in the output of gcm %s", word, String.join(" ", command))
          .isFalse();
    }
  }

  /** English words of the command's refusals on standard error: each was once printed in a French run. */
  private static final List<String> ENGLISH_REFUSALS = List.of(
      "give the documents", "there is no", "is not a date", "invalid value", "could not be read", "cannot be read",
      "see '", "no such file", "nothing was checked", "is a federation", "document, not", "unknown field");

  private static void assertRefusedInFrench(String... command) {
    Run run = Run.gcm(command);
    assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(Gcm.UNREADABLE);
    assertThat(run.err()).as("gcm %s", String.join(" ", command)).isNotBlank();
    for (String words : ENGLISH_REFUSALS) {
      assertThat(run.err()).as("'%s' in the errors of gcm %s", words, String.join(" ", command)).doesNotContain(words);
    }
  }

  @Test
  void refusalsSpeakFrench() {
    assertRefusedInFrench("check", "--lang", "fr");
    assertRefusedInFrench("check", "--lang", "fr", "no-such-file.json");
    assertRefusedInFrench("check", "--lang", "fr", "--profile", "no-such-profile.json", "--bundled");
    assertRefusedInFrench("progress", "--bundled", "--as-of", "2021-13-01", "--lang", "fr");
    assertRefusedInFrench("graph", "--bundled", "--format", "svg", "--lang", "fr");
    assertRefusedInFrench("render", "--bundled", "zz", "--lang", "fr");
  }

  @Test
  void readingProblemsSpeakFrench(@TempDir Path dir) throws Exception {
    Path misspelt = Files.writeString(dir.resolve("ml.json"),
        "{\"gcmFormat\": \"1.0\", \"kind\": \"network\", \"id\": \"ml\", \"levl\": \"national\"}");
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "gcmFormat: '1.0'\nkind: network\nid: a: b\n");
    assertRefusedInFrench("check", "--lang", "fr", misspelt.toString());
    assertRefusedInFrench("check", "--lang", "fr", broken.toString());
    Run run = Run.gcm("check", "--lang", "fr", misspelt.toString(), broken.toString());
    assertThat(run.err()).contains("ml.json:1:", "champ inconnu « levl » ; vouliez-vous dire « level » ?",
        "le champ obligatoire « name » manque", "document mal formé : deux-points suivis d’une espace",
        "2 entrées n’ont pas pu être lues ; rien n’a été vérifié");
    for (String format : List.of("markdown", "sarif", "junit", "github")) {
      assertThat(Run.gcm("check", "--lang", "fr", "--format", format, misspelt.toString()).out())
          .as(format).contains("champ inconnu").doesNotContain("unknown field");
    }
  }

  @Test
  void checkSpeaksFrench() {
    assertFrench("check", "--bundled", "--lang", "fr");
    assertFrench("check", "--bundled", "--lang", "fr", "--format", "markdown");
  }

  @Test
  void coverageGraphAndRulesSpeakFrench() {
    assertFrench("coverage", "--bundled", "--lang", "fr");
    assertFrench("graph", "--bundled", "--lang", "fr");
    assertFrench("rules", "--lang", "fr");
  }

  @Test
  void diffProgressAndProfileSpeakFrench() {
    // A French charter beside itself: every English word would be the frame's.
    assertFrench("diff", "--bundled", "sn", "sn", "--lang", "fr");
    assertFrench("progress", "--bundled", "--lang", "fr");
    assertFrench("profile", "show", "baseline", "--lang", "fr");
  }
}
