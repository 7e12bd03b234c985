package io.github.gcmkit.cli;

import io.github.gcmkit.io.GcmCodec;
import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.GcmYaml;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
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
      "",
      "The canonical form has no comments: a YAML file with comments is rewritten only with --force.",
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

  @Option(names = "--force", description = "Rewrite a YAML file in place even though its comments cannot be kept.")
  boolean force;

  @Override
  public Integer call() {
    GcmDocument document = Inputs.read(file);
    GcmCodec codec = Inputs.codec(file);
    try {
      if (stdout) {
        codec.write(document, spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return Gcm.OK;
      }
      boolean same;
      try (InputStream original = new BufferedInputStream(Files.newInputStream(file))) {
        SameBytes compared = new SameBytes(original);
        codec.write(document, compared);
        same = compared.sameAndComplete();
      }
      if (check) {
        if (!same) {
          spec.commandLine().getErr().println(
              Messages.text(Messages.language(spec.commandLine().getParseResult()), "format.not-canonical", file));
          spec.commandLine().getErr().flush();
          return Gcm.FOUND;
        }
      } else if (!same) {
        YamlComments.Found comments = codec instanceof GcmYaml ? YamlComments.in(file) : YamlComments.Found.NONE;
        if (comments.count() > 0 && !force) {
          throw CommandException.of(comments.count() == 1 ? "format.comment" : "format.comments",
              file, comments.count(), comments.firstLine());
        }
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".gcm-format-", ".tmp");
        try {
          keepPermissions(file, temporary);
          try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
            codec.write(document, out);
          }
          Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(temporary);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Gcm.OK;
  }

  /** Gives {@code rewritten} the permissions of {@code original}: a temporary file is readable by its owner alone. */
  private static void keepPermissions(Path original, Path rewritten) throws IOException {
    if (Files.getFileStore(original).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(rewritten, Files.getPosixFilePermissions(original));
    }
  }
}
