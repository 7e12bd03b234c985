package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import picocli.CommandLine;

/** The command itself: help everywhere, versions, and errors as one line with exit code 2. */
class GcmTest {

  static final List<String> COMMANDS =
      List.of("check", "render", "timeline", "graph", "coverage", "diff", "schema", "rules", "format", "generate");

  @Test
  void theHelpListsEverySubcommandAndTheExitCodes() {
    Run run = Run.gcm("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: gcm [-hV] [COMMAND]");
    COMMANDS.forEach(c -> assertThat(run.out()).contains("  " + c + " "));
    assertThat(run.out()).contains("Exit codes:", "  2   an input cannot be read, the output cannot be written,",
        "  3   out of memory");
  }

  @ParameterizedTest
  @FieldSource("COMMANDS")
  void everySubcommandHasHelp(String command) {
    Run run = Run.gcm(command, "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: gcm " + command);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void checkHasExactlyTheSynopsisOfTheIssue() {
    String usage = Run.gcm("check", "--help").out().replaceAll("\\s+", " ");
    assertThat(usage).contains("[--profile=FILE|baseline]", "[--baseline=FILE]", "[--format=text|json|sarif|junit|github|markdown]",
        "[--fail-on=error|warning|info]", "([--bundled] [FILE...])");
  }

  @Test
  void withoutACommandTheUsageGoesToStandardError() {
    Run run = Run.gcm();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Usage: gcm");
  }

  @Test
  void aWrongCommandLineIsOneLineWithExitCode2() {
    Run run = Run.gcm("check", "--bundled", "--format", "xml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().isEqualTo(
        "gcm check: invalid value 'xml' for option '--format': expected text, json, sarif, junit, github, markdown (see 'gcm check --help')");
    Run unknown = Run.gcm("lint");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err().lines()).first().asString().startsWith("gcm: unknown command 'lint'");
    // --bundled combines with files: a missing file is then an input that cannot be read.
    Run both = Run.gcm("check", "--bundled", "wca.json");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err().lines()).first().asString().startsWith("wca.json:1:1: /: the file cannot be read");
  }

  @Test
  void theVersionNamesGcmkit() {
    Run run = Run.gcm("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("gcm (gcmkit) ");
  }

  @Test
  void aRunBuildsTheModelOfTheSubcommandItNamesOnly() {
    Clock clock = Clock.systemDefaultZone();
    assertThat(Gcm.commandLine(false, clock, new String[] {"check", "--bundled"}).getSubcommands())
        .containsOnlyKeys("check");
    assertThat(Gcm.commandLine(false, clock, new String[] {"render", "--help"}).getSubcommands())
        .containsOnlyKeys("render");
    Set<String> every = Gcm.commandLine(false).getSubcommands().keySet();
    assertThat(every).containsAll(COMMANDS).contains("help", "profile", "entities", "progress");
    for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "check"},
        new String[] {"chek"}, new String[] {"--version", "check"})) {
      assertThat(Gcm.commandLine(false, clock, args).getSubcommands()).as(String.join(" ", args))
          .containsOnlyKeys(every);
    }
    assertThat(Gcm.commandLine(false, clock, new String[] {"--version"}).getSubcommands()).isEmpty();
    assertThat(Gcm.commandLine(false, clock, new String[] {"-V"}).getSubcommands()).isEmpty();
    assertThat(Run.gcm("-V").out()).isEqualTo(Run.gcm("--version").out()).startsWith("gcm (gcmkit) ");
    assertThat(Run.gcm("help", "check").out()).startsWith("Usage: gcm check");
  }

  @Test
  void theGeneratorsSeeTheWholeCommandAsItsUsageShowsIt() {
    // picocli's man-page and completion generators are given Gcm.Tree (gcm-cli/pom.xml).
    CommandLine generated = new CommandLine(Gcm.Tree.class);
    CommandLine run = Gcm.commandLine(false);
    assertThat(generated.getCommandName()).isEqualTo("gcm");
    assertThat(generated.getSubcommands().keySet()).containsExactlyElementsOf(run.getSubcommands().keySet());
    assertThat(generated.getUsageMessage(CommandLine.Help.Ansi.OFF))
        .isEqualTo(run.getUsageMessage(CommandLine.Help.Ansi.OFF));
  }

  @Test
  void aMistypedCommandOrOptionGetsPicocliSuggestions() {
    Run command = Run.gcm("chek", "--bundled");
    assertThat(command.exitCode()).isEqualTo(2);
    assertThat(command.err().lines()).singleElement().asString()
        .startsWith("gcm: unknown command 'chek'; did you mean 'gcm check'");
    assertThat(Run.gcm("check", "--bundled", "--formt", "json").err().lines()).singleElement()
        .isEqualTo("gcm check: unknown option '--formt'; did you mean '--format'? (see 'gcm check --help')");
  }
}
