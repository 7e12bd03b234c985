package io.github.gcmkit.io;

import io.github.gcmkit.io.internal.Engine;
import io.github.gcmkit.io.internal.ProfileFormat;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.RuleCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Rule profiles in files: reads a profile from JSON or YAML ({@code "gcmProfile": "1.0"},
 * described in {@code docs/profiles.md}) and writes one as JSON.
 *
 * <pre>{@code
 * Profile strict = GcmProfiles.defaults().read(Path.of("strict.yaml"));
 * Report report = Validator.of(strict).validate(federation);
 * }</pre>
 *
 * <p>Reading is as strict as reading a document, and checks the profile against the rule
 * catalogue as it reads: an unknown field, an unknown rule id, a selector that matches no rule, a
 * setting for a rule the profile does not select, an unknown parameter name or a parameter value
 * the rule refuses — each is a problem of the {@link GcmFormatException}, with its JSON Pointer,
 * line and column. A profile read without problems resolves against the catalogue. Instances are
 * immutable and thread-safe.
 */
public final class GcmProfiles {

  /**
   * The most selectors a profile may name — patterns in {@code include} and {@code exclude}, rules
   * in {@code severities} and {@code parameters}, together — since each is matched against the whole
   * catalogue: one more is a problem at it.
   */
  public static final int MAX_SELECTORS = 10_000;

  /**
   * The limits a profile is read with: those of a document, but at most 4 MiB and 200,000 values,
   * since a profile is a short file of settings held whole as it is read, which must stay within a
   * small heap.
   */
  private static final GcmOptions LIMITS =
      GcmOptions.defaults().withMaxDocumentLength(4L * 1024 * 1024).withMaxValues(200_000);

  private static final GcmJson JSON = GcmJson.with(LIMITS);
  private static final GcmYaml YAML = GcmYaml.with(LIMITS);

  private final RuleCatalog catalog;

  private GcmProfiles(RuleCatalog catalog) {
    this.catalog = catalog;
  }

  /** Profiles checked against the {@link RuleCatalog#installed() installed} rules. */
  public static GcmProfiles defaults() {
    return new GcmProfiles(RuleCatalog.installed());
  }

  /** Profiles checked against {@code catalog}, for rules of your own outside any rule pack. */
  public static GcmProfiles with(RuleCatalog catalog) {
    return new GcmProfiles(catalog);
  }

  /** The catalogue profiles are checked against. */
  public RuleCatalog catalog() {
    return catalog;
  }

  /**
   * Reads the profile in the file {@code path}: YAML if its name ends in {@code .yaml} or {@code
   * .yml}, JSON otherwise. Its {@code "extends"} may name a profile gcmkit ships ({@code baseline})
   * or another profile file by its path relative to this one, which may extend another in turn; a
   * URL, a missing file, a cycle of profiles or problems in the extended profile are problems at
   * {@code /extends}.
   *
   * @throws GcmFormatException listing every problem of the profile
   * @throws UncheckedIOException if the file cannot be read
   */
  public Profile read(Path path) {
    return read(path, List.of(path.toAbsolutePath().normalize()));
  }

  /** Reads the profile file {@code path}, extended by the profile files of {@code chain}. */
  private Profile read(Path path, List<Path> chain) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    GcmCodec codec = name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
    try (InputStream in = Files.newInputStream(path)) {
      String source = path.toString();
      return ProfileFormat.read(codec.engine(), codec.engine().text(in, source), source, catalog,
          new ProfileFormat.Origin(path, chain, this::read));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the profile in the JSON text {@code json}.
   *
   * @throws GcmFormatException listing every problem of the profile
   */
  public Profile readJson(String json) {
    return read(JSON.engine(), json, "the profile");
  }

  /**
   * Reads the profile in the YAML text {@code yaml}.
   *
   * @throws GcmFormatException listing every problem of the profile
   */
  public Profile readYaml(String yaml) {
    return read(YAML.engine(), yaml, "the profile");
  }

  private Profile read(Engine engine, String text, String source) {
    return ProfileFormat.read(engine, text, source, catalog);
  }

  /**
   * The profile as a JSON profile document: its selectors, severities and parameters as it holds
   * them (a profile that extended {@code baseline} lists the baseline's rules), ending with a line
   * feed. Reading it back gives a profile that resolves to the same rules.
   */
  public String write(Profile profile) {
    return ProfileFormat.write(profile);
  }
}
