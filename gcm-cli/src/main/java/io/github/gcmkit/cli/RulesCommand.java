package io.github.gcmkit.cli;

import io.github.gcmkit.io.GcmReports;
import io.github.gcmkit.rules.Parameter;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleCatalog;
import io.github.gcmkit.rules.RuleSource;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gcm rules}: the rule catalogue. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "List the rule catalogue.",
      "",
      "The rules a profile can select: the built-in rules and those of installed rule packs, with their "
          + "default severity, target and parameters.",
      ""
    })
final class RulesCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Option(names = {"-v", "--verbose"},
      description = "Also print each rule's rationale, normative level, version and sources, and its parameters' meaning.")
  boolean verbose;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "'text' (the default): a line per rule; 'json': the whole catalogue for tools, with each rule's "
          + "sources, normative level and version, and the catalogue's version.")
  String format = "text";

  @Mixin LanguageOption lang = new LanguageOption();

  @Override
  public Integer call() {
    Choice.of(spec, "--format", format, "text", "json");
    PrintWriter out = spec.commandLine().getOut();
    RuleCatalog catalog = RuleCatalog.installed();
    if (format.equals("json")) {
      out.print(GcmReports.catalog(catalog));
      out.flush();
      return Gcm.OK;
    }
    Words words = new Words(lang.language);
    int width = catalog.rules().stream().mapToInt(r -> r.id().length()).max().orElse(0);
    for (Rule rule : catalog.rules()) {
      out.printf("%-" + width + "s  %-13s  %-17s  %s%n", rule.id(), words.word("severity." + rule.severity().name()),
          words.word("target." + rule.target().name()), rule.title().text(lang.language) + parameters(rule));
      if (verbose) {
        out.println("    " + rule.rationale().text(lang.language));
        rule.level().ifPresent(l -> out.println("    " + words.word("level." + l.code())
            + rule.since().map(v -> ", " + words.word("rules.since", v)).orElse("")));
        for (RuleSource source : rule.sources()) {
          out.println("    " + source.document() + source.locator().map(l -> ", " + l).orElse("")
              + source.quote().map(q -> ": \u201c" + q + "\u201d").orElse(""));
        }
        for (Parameter<?> p : rule.parameters()) {
          out.println("    " + words.word("rules.parameter", p.name(), p.defaultValue(), p.description().text(lang.language)));
        }
        out.println();
      }
    }
    out.println(words.word("rules.summary", catalog.size()));
    out.flush();
    return Gcm.OK;
  }

  private static String parameters(Rule rule) {
    return rule.parameters().isEmpty()
        ? ""
        : rule.parameters().stream()
            .map(p -> p.name() + "=" + p.defaultValue())
            .collect(Collectors.joining(", ", " [", "]"));
  }
}
