package io.github.gcmkit.cli;

import io.github.gcmkit.examples.Datasets;
import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.model.network.Federation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The documents a command works on, as an argument group: {@code [--bundled] [FILE...]}, at least
 * one of them. With both, the bundled networks and the files' are one federation.
 */
final class Documents {

  @Option(names = "--bundled",
      description = "The bundled datasets: the networks of the source documents and their events; with FILE too, "
          + "checked together with the files as one federation.")
  boolean bundled;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "gcmkit documents in JSON, or YAML when the name ends in .yaml or .yml.")
  @Nullable List<Path> files;

  /** The name a bundled dataset is reported under, as a path relative to the datasets' folder. */
  static String source(String dataset) {
    return Datasets.resource(dataset).substring(1);
  }

  /** How many documents there are to read. */
  int size() {
    return (bundled ? Datasets.names().size() : 0) + files().size();
  }

  /**
   * Checks that documents were named.
   *
   * @throws CommandException if neither --bundled nor a file was given
   */
  Documents check() {
    if (!bundled && files().isEmpty()) {
      throw new CommandException("give the documents to work on: --bundled, files, or both");
    }
    return this;
  }

  private List<Path> files() {
    return files == null ? List.of() : files;
  }

  /** Every document by its source, read strictly, adding those that cannot be read to {@code unreadable}. */
  Map<String, GcmDocument> read(List<GcmFormatException> unreadable) {
    return read(unreadable, false);
  }

  /**
   * Every document by its source, read strictly or {@code lenient}ly, adding those that cannot be
   * read to {@code unreadable}.
   */
  Map<String, GcmDocument> read(List<GcmFormatException> unreadable, boolean lenient) {
    Map<String, GcmDocument> documents = new LinkedHashMap<>();
    if (bundled) {
      for (String name : Datasets.names()) {
        try {
          documents.put(source(name), Datasets.read(name));
        } catch (GcmFormatException e) {
          unreadable.add(e);
        }
      }
    }
    for (Path file : files()) {
      try {
        documents.put(file.toString(), Inputs.read(file, lenient));
      } catch (GcmFormatException e) {
        unreadable.add(e);
      }
    }
    return documents;
  }

  /**
   * The documents as one federation.
   *
   * @throws UnreadableException if some cannot be read
   * @throws CommandException if one is a charter or workplan, or two hold the same network
   */
  Federation federation() {
    check();
    if (bundled && files().isEmpty()) {
      return Datasets.federation();
    }
    List<GcmFormatException> unreadable = new ArrayList<>();
    Map<String, GcmDocument> documents = read(unreadable);
    if (!unreadable.isEmpty()) {
      throw new UnreadableException(unreadable);
    }
    return Inputs.federation(documents);
  }
}
