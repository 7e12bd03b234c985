package io.github.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.io.GcmBaselines;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.io.GcmProfiles;
import io.github.gcmkit.io.GcmReports;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Using gcmkit" example, on the bundled federation written to a file. */
class ReadmeExampleTest {

  @TempDir Path dir;

  @Test
  void readCheckAndReport() throws IOException {
    GcmJson.defaults().write(Datasets.federation(), dir.resolve("federation.json"));
    Files.writeString(dir.resolve("strict.yaml"),
        "gcmProfile: '1.0'\nname: strict\nextends: baseline\nseverities:\n  workplan.dated-reference-in-period: error\n");

    // As in the README:
    Federation federation = GcmJson.defaults().read(dir.resolve("federation.json"), Federation.class);
    Profile profile = GcmProfiles.defaults().read(dir.resolve("strict.yaml"));   // extends baseline
    Report report = Validator.of(profile).validate(federation);

    String text = report.toText("fr");                                            // for people, in French
    String json = GcmReports.of(profile.name()).json(report);                    // for tools
    GcmBaselines.write(Baseline.of(report), dir.resolve("accepted.json"));       // accept today's findings

    assertThat(text).contains("COP 27");
    assertThat(json).contains("\"profile\": \"strict\"", "\"severity\": \"error\"");
    assertThat(report.passed(Severity.ERROR)).isFalse();
    assertThat(GcmBaselines.read(dir.resolve("accepted.json")).entries()).hasSize(report.findings().size());
  }
}
