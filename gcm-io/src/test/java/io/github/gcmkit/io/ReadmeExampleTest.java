package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.network.Network;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;

/**
 * The README's "Reading a document" example: the README shows exactly the code this test runs,
 * and the output it says the code prints.
 */
class ReadmeExampleTest {

  /** The example as the README shows it. */
  private static final String EXAMPLE = """
      try {
        Network network = GcmJson.defaults().read(Path.of("network.json"), Network.class);
        System.out.println(network.name());
      } catch (GcmFormatException e) {
        e.problems().forEach(p -> System.err.println(p.line() + ":" + p.column() + " " + p));
      }
      """;

  private static final String PRINTED = "11:43 /workplans/0/period/to: 2019-12 is before from 2020-11";

  @Test
  void theReadmeShowsThisExampleAndWhatItPrints() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme).contains("```java\n" + EXAMPLE + "```").contains("`" + PRINTED + "`");
  }

  @Test
  void theExamplePrintsEveryProblemWithItsPlace() throws IOException {
    Path file = Path.of("network.json");
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (InputStream in = ReadmeExampleTest.class.getResourceAsStream("/invalid/period-reversed.json")) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));

      try {
        Network network = GcmJson.defaults().read(Path.of("network.json"), Network.class);
        System.out.println(network.name());
      } catch (GcmFormatException e) {
        e.problems().forEach(p -> System.err.println(p.line() + ":" + p.column() + " " + p));
      }

    } finally {
      System.setOut(out);
      System.setErr(err);
      Files.deleteIfExists(file);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(PRINTED + "\n");
  }
}
