package io.github.gcmkit.benchmarks.startup;

import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Validator;
import java.nio.file.Path;

/**
 * What a {@code gcm check} of a federation file does, and no more: read it strictly, validate it
 * with the {@code baseline} profile, print the summary line of the report.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.gcmkit.benchmarks.startup.Check FILE}
 */
public final class Check {

  private Check() {}

  /** Checks the federation in the file {@code args[0]}. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: Check FEDERATION.json");
      System.exit(2);
    }
    Federation federation = GcmJson.defaults().read(Path.of(args[0]), Federation.class);
    Report report = Validator.of(Profile.baseline()).validate(federation);
    System.out.println(report.toText("en").lines().findFirst().orElse(""));
  }
}
