package io.github.gcmkit.cli;

import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.io.GcmProfiles;
import io.github.gcmkit.rules.ConfiguredRule;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.ProfileException;
import io.github.gcmkit.rules.RuleCatalog;
import io.github.gcmkit.rules.Severity;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gcm profile show FILE}: a rule profile as resolved, with where each setting comes from. */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description = {"Inspect rule profiles.", ""},
    subcommands = {ProfileCommand.Show.class})
final class ProfileCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Gcm.UNREADABLE;
  }

  /** {@code gcm profile show FILE}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = {
        "Print a profile as resolved.",
        "",
        "The profiles it extends, each selector, severity and parameter with the profile that sets it, "
            + "and the rules it runs with their severities and parameter values.",
        ""
      })
  static final class Show implements Callable<Integer> {

    @Spec CommandSpec spec = CommandSpec.create();

    @Parameters(index = "0", paramLabel = "FILE|baseline", description = "A profile file in JSON or YAML, or 'baseline'.")
    String file = "baseline";

    @Mixin LanguageOption lang = new LanguageOption();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Profile profile;
      List<ConfiguredRule> rules;
      try {
        profile = file.equals("baseline") ? Profile.baseline() : GcmProfiles.defaults().read(Inputs.regularFile(Path.of(file)));
        rules = profile.resolve(RuleCatalog.installed());
      } catch (GcmFormatException e) {
        Errors.problems(err, e, lang.language);
        err.flush();
        return Gcm.UNREADABLE;
      } catch (ProfileException e) {
        err.println(spec.qualifiedName() + ": " + file + ": " + e.getMessage());
        err.flush();
        return Gcm.UNREADABLE;
      } catch (UncheckedIOException e) {
        err.println(spec.qualifiedName() + ": " + file + ": " + Errors.describe(e.getCause(), lang.language));
        err.flush();
        return Gcm.UNREADABLE;
      }
      List<Profile> chain = chain(profile);
      out.println(word("profile.head", profile.name(), file));
      out.println(word("profile.chain", chain.size() == 1 ? word("profile.none")
          : chain.subList(1, chain.size()).stream().map(p -> "'" + p.name() + "'").collect(Collectors.joining(" → "))));
      out.println();
      out.println(word("profile.settings"));
      for (String include : profile.includes()) {
        setting(out, word("profile.include", include), origin(chain, p -> p.includes().contains(include)));
      }
      for (String exclude : profile.excludes()) {
        setting(out, word("profile.exclude", exclude), origin(chain, p -> p.excludes().contains(exclude)));
      }
      profile.severities().forEach((id, severity) -> setting(out, word("profile.severity", id, severity(severity)),
          origin(chain, p -> severity.equals(p.severities().get(id)))));
      profile.parameters().forEach((id, values) -> values.forEach((name, value) -> setting(out,
          word("profile.parameter", id, name, value),
          origin(chain, p -> value.equals(p.parameters().getOrDefault(id, com.google.common.collect.ImmutableMap.of()).get(name))))));
      out.println();
      out.println(word("profile.rules", rules.size()));
      int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
      for (ConfiguredRule rule : rules) {
        String parameters = rule.parameters().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
        out.println(("  " + String.format("%-" + width + "s", rule.id()) + "  " + severity(rule.severity())
            + (rule.severity() == rule.rule().severity() ? " (" + word("profile.default") + ")" : "")
            + (parameters.isEmpty() ? "" : "  " + parameters)).stripTrailing());
      }
      out.flush();
      return Gcm.OK;
    }

    /** The profile and those it extends, the profile itself first. */
    private static List<Profile> chain(Profile profile) {
      List<Profile> chain = new ArrayList<>();
      for (Optional<Profile> p = Optional.of(profile); p.isPresent(); p = p.get().extended()) {
        chain.add(p.get());
      }
      return chain;
    }

    /**
     * The profile that sets a setting: the one furthest down the chain of those it extends that has
     * it, so that a setting a profile inherits is credited to the profile that wrote it.
     */
    private static Profile origin(List<Profile> chain, java.util.function.Predicate<Profile> has) {
      Profile origin = chain.get(0);
      for (Profile p : chain) {
        if (!has.test(p)) {
          break;
        }
        origin = p;
      }
      return Objects.requireNonNull(origin);
    }

    private void setting(PrintWriter out, String what, Profile origin) {
      out.println("  " + what + "  — " + word("profile.from", origin.name()));
    }

    private String severity(Severity severity) {
      return word("severity." + severity.name());
    }

    private String word(String key, Object... args) {
      return new Words(lang.language).word(key, args);
    }
  }
}
