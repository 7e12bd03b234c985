package io.github.gcmkit.examples;

import io.github.gcmkit.io.GcmYaml;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.NotEvaluated;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The worked example of docs/encoding.md reads strictly and is judged as the page says. */
class EncodingGuideTest {

  @Test
  void theWorkedExampleReadsAndItsUnknownClausesAreNotEvaluated() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "encoding.md"), StandardCharsets.UTF_8);
    int start = page.indexOf("```yaml\n") + "```yaml\n".length();
    String yaml = page.substring(start, page.indexOf("```", start));
    Network sn = GcmYaml.defaults().read(yaml, Network.class);
    Report report = Validator.of(Profile.baseline()).validate(sn);
    assertThat(report.findings())
        .extracting((Finding x) -> x.localPointer().toString())
        .doesNotContain("/charter/mission", "/charter/governance/meetings", "/charter/governance/decisions");
    assertThat(report.notEvaluated())
        .extracting((NotEvaluated x) -> x.localPointer().toString())
        .contains("/charter/mission", "/charter/governance/meetings", "/charter/governance/decisions");
    assertThat(report.findings())
        .allSatisfy(f -> assertThat(f.message().text("en"))
            .startsWith("In what the recorded sources state (they hold only part of the document)"));
    assertThat(sn.sourcing().statement(JsonPointer.parse("/reportsTo")).flatMap(s -> s.source())).contains("mandat");
  }
}
