package io.github.gcmkit.cli;

import io.github.gcmkit.io.GcmSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gcm schema}: prints a JSON Schema shipped with gcmkit. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print a JSON Schema shipped with gcmkit.",
      "",
      "The schema (draft 2020-12) of the gcmkit document format, or of rule profiles, baselines or JSON reports.",
      ""
    })
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", arity = "0..1", paramLabel = "WHAT", defaultValue = "document",
      description = "document (the default), profile, baseline or report.")
  String what = "document";

  @Override
  public Integer call() {
    String schema = switch (Choice.of(spec, "WHAT", what, "document", "profile", "baseline", "report")) {
      case "profile" -> GcmSchema.profileText();
      case "baseline" -> GcmSchema.baselineText();
      case "report" -> GcmSchema.reportText();
      default -> GcmSchema.text();
    };
    spec.commandLine().getOut().print(schema.endsWith("\n") ? schema : schema + "\n");
    spec.commandLine().getOut().flush();
    return Gcm.OK;
  }
}
