package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code gcm check}'s own options, as picocli models them, for tests of the files at the
 * repository's root that run it (the GitHub Action, the pre-commit hooks).
 */
final class CheckOptions {

  static final CommandSpec CHECK =
      Objects.requireNonNull(Gcm.commandLine(false).getSubcommands().get("check")).getCommandSpec();
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--[a-z][a-z-]*)(?:\\s+(\\w[\\w-]*))?");

  private CheckOptions() {}

  /** The YAML file {@code file} at the repository's root. */
  static JsonNode yaml(String file) throws IOException {
    return YAMLMapper.shared().readTree(Path.of("..").resolve(file).toFile());
  }

  /** The option of {@code gcm check} named {@code name}; fails if there is none. */
  static OptionSpec option(String name) {
    OptionSpec option = CHECK.findOption(name);
    assertThat(option).as("gcm check has the option %s", name).isNotNull();
    return option;
  }

  /** The values {@code option} accepts where its label lists them ({@code a|b|c}); else empty. */
  static List<String> values(OptionSpec option) {
    String label = option.paramLabel();
    return label.contains("|") && !label.contains("FILE") ? List.of(label.split("\\|")) : List.of();
  }

  /** Every option in {@code command}, each checked against gcm check with the value that follows it. */
  static List<String> in(String command) {
    List<String> names = new ArrayList<>();
    Matcher m = OPTION.matcher(command);
    while (m.find()) {
      OptionSpec option = option(m.group(1));
      List<String> values = values(option);
      if (m.group(2) != null && option.arity().max() > 0 && !values.isEmpty()) {
        assertThat(values).as("values of %s", option.longestName()).contains(m.group(2));
      }
      names.add(m.group(1));
    }
    return names;
  }
}
