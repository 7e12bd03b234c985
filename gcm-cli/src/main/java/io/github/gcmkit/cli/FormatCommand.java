package io.github.gcmkit.cli;

import io.github.gcmkit.io.GcmCodec;
import io.github.gcmkit.io.GcmDocument;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gcm format}: rewrites a document in canonical form. */
@Command(
    name = "format",
    mixinStandardHelpOptions = true,
    description = {
      "Rewrite a document in canonical form.",
      "",
      "In place: fields in the format's order, two-space indentation, the same bytes for the same model. "
          + "The document is read strictly first; a document with problems is left untouched.",
      ""
    })
final class FormatCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "FILE", description = "The document (JSON, or YAML when the name ends in .yaml or .yml).")
  Path file = Path.of("");

  @Option(names = "--check", description = "Change nothing: exit with 1 if the file is not in canonical form.")
  boolean check;

  @Option(names = "--stdout", description = "Print the canonical form instead of rewriting the file.")
  boolean stdout;

  @Override
  public Integer call() {
    GcmDocument document = Inputs.read(file);
    GcmCodec codec = Inputs.codec(file);
    StringWriter canonical = new StringWriter();
    codec.write(document, canonical);
    String text = canonical.toString();
    try {
      boolean same = text.equals(Files.readString(file, StandardCharsets.UTF_8));
      if (stdout) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
      } else if (check) {
        if (!same) {
          spec.commandLine().getErr().println(file + " is not in canonical form; run 'gcm format " + file + "'");
          spec.commandLine().getErr().flush();
          return Gcm.FOUND;
        }
      } else if (!same) {
        Files.writeString(file, text, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Gcm.OK;
  }
}
