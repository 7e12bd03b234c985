package io.github.gcmkit.io.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The versions of gcmkit's file formats (documents, profiles, baselines) this library reads: any
 * 1.x. A newer major version asks the reader to upgrade gcmkit.
 */
final class Versions {

  private static final Pattern SUPPORTED = Pattern.compile("1\\.\\d+");
  private static final Pattern NEWER = Pattern.compile("([2-9]|[1-9]\\d+)\\.\\d+");

  private Versions() {}

  /**
   * The key, in the bundle of reading problems, of what is wrong with {@code version} of a {@code
   * what} ("document", "profile", "baseline"), if anything; its one argument is the version.
   */
  static Optional<String> problem(String version, String what) {
    if (SUPPORTED.matcher(version).matches()) {
      return Optional.empty();
    }
    return Optional.of(NEWER.matcher(version).matches() ? "version.newer." + what : "version.unsupported");
  }
}
