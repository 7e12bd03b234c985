package io.github.gcmkit.examples;

import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Validator;
import java.nio.file.Path;

/**
 * Example: load a federation of networks and validate it with the {@code baseline} profile.
 *
 * <p>Run it on the bundled datasets, or on a federation document of your own:
 *
 * <pre>{@code
 * java -cp gcm-cli/target/gcm.jar io.github.gcmkit.examples.ValidateFederation [federation.json]
 * }</pre>
 */
public final class ValidateFederation {

  private ValidateFederation() {}

  /** Validates the federation in the file {@code args[0]}, or the bundled one, and prints the report. */
  public static void main(String[] args) {
    Federation federation;
    try {
      federation = args.length > 0
          ? GcmJson.defaults().read(Path.of(args[0]), Federation.class)   // strict: every problem, located
          : Datasets.federation();
    } catch (GcmFormatException e) {
      System.err.println(e.getMessage());                                  // "2 problems in ...:\n  11:43 /..."
      System.exit(2);
      return;
    }

    Report report = Validator.of(Profile.baseline()).validate(federation);

    System.out.print(report.toText("en"));                                 // or "fr"
    System.out.println();
    System.out.println("Networks: " + federation.networks().size()
        + ", passed at warning level: " + report.passed(Severity.WARNING));
  }
}
