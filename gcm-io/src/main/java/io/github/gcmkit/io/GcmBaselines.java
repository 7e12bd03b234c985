package io.github.gcmkit.io;

import io.github.gcmkit.io.internal.BaselineFormat;
import io.github.gcmkit.rules.Baseline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Baselines of accepted findings in JSON files ({@code "gcmBaseline": "1.0"}, described in {@code
 * docs/profiles.md}), so that a network can adopt the rules on imperfect documents and be told
 * only what is new.
 *
 * <pre>{@code
 * GcmBaselines.write(Baseline.of(report), Path.of("accepted.json"));
 * Baseline accepted = GcmBaselines.read(Path.of("accepted.json"));
 * Report next = Validator.builder().baseline(accepted).build().validate(federation);
 * }</pre>
 *
 * <p>Each entry names a rule, a network and a JSON Pointer into that network's document — the
 * {@code rule}, {@code network} and {@code path} of a finding in a JSON report. Reading is strict:
 * problems come in a {@link GcmFormatException} with pointer, line and column.
 */
public final class GcmBaselines {

  /**
   * The most entries a baseline may hold: one more is a problem at it. Beside the limits of every
   * document read ({@link GcmOptions}), it bounds what a baseline costs in memory.
   */
  public static final int MAX_ENTRIES = 500_000;

  /**
   * The limits a baseline is read with: those of a document, but room for {@link #MAX_ENTRIES}
   * entries of a rule, a network and a path (seven values and field names each).
   */
  private static final GcmJson JSON = GcmJson.with(GcmOptions.defaults().withMaxValues(4_000_000));

  private GcmBaselines() {}

  /**
   * Reads the baseline in the file {@code path}.
   *
   * @throws GcmFormatException listing every problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Baseline read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      String source = path.toString();
      return BaselineFormat.read(JSON.engine(), JSON.engine().text(in, source), source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the baseline in the JSON text {@code json}.
   *
   * @throws GcmFormatException listing every problem
   */
  public static Baseline read(String json) {
    return BaselineFormat.read(JSON.engine(), json, "the baseline");
  }

  /** The baseline as JSON, entries ordered by network, pointer and rule, ending with a line feed. */
  public static String write(Baseline baseline) {
    return BaselineFormat.write(baseline);
  }

  /**
   * Writes the baseline as JSON to the file {@code path}, replacing it.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Baseline baseline, Path path) {
    try {
      Files.writeString(path, write(baseline), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
