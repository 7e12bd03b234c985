package io.github.gcmkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies of the NDJSON files checked a line at a time, made in the temporary folder ({@code
 * java.io.tmpdir}) before anything is read, so that each pass of the report (lines that cannot be
 * read, totals, findings, what was not evaluated) reads the same bytes: a file written to, or
 * replaced, while it is checked is checked as it was when the check began, and the report is
 * never cut short or made of two versions. The copies are deleted when closed.
 */
final class Snapshots implements AutoCloseable {

  private final Map<Path, Path> copies;

  private Snapshots(Map<Path, Path> copies) {
    this.copies = copies;
  }

  /**
   * Copies each of {@code files}. A file that cannot be opened is not copied: reading it reports
   * why, as for any input.
   *
   * @throws CommandException if a copy cannot be made (no room in the temporary folder)
   */
  static Snapshots of(List<Path> files) {
    Snapshots snapshots = new Snapshots(new LinkedHashMap<>());
    try {
      for (Path file : files) {
        snapshots.copy(file);
      }
    } catch (RuntimeException e) {
      // A file refused (not a regular file) or a copy that failed: no copy made so far is left.
      snapshots.close();
      throw e;
    }
    return snapshots;
  }

  /** Copies {@code file}, once however often it is named. */
  private void copy(Path file) {
    if (copies.containsKey(file)) {
      return;
    }
    InputStream in;
    try {
      in = Files.newInputStream(Inputs.regularFile(file));
    } catch (IOException e) {
      return;
    }
    try (in) {
      Path copy = Files.createTempFile("gcm-check-", ".ndjson");
      copies.put(file, copy);
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw CommandException.of("input.copy-failed", file, System.getProperty("java.io.tmpdir"), Errors.describe(e));
    }
  }

  /** The copy of {@code file} to read, or the file itself when it could not be opened. */
  Path of(Path file) {
    return copies.getOrDefault(file, file);
  }

  /** Deletes the copies; one that cannot be deleted is left to the system's cleaning of the folder. */
  @Override
  public void close() {
    for (Path copy : copies.values()) {
      try {
        Files.deleteIfExists(copy);
      } catch (IOException e) {
        copy.toFile().deleteOnExit();
      }
    }
    copies.clear();
  }
}
