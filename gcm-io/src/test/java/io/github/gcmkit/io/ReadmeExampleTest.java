package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.network.Network;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's "Reading a document" example, as written there. */
class ReadmeExampleTest {

  @Test
  void printsEveryProblemWithItsPlace() throws IOException, URISyntaxException {
    Path path = Path.of(ReadmeExampleTest.class.getResource("/invalid/period-reversed.json").toURI());
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    try {
      Network network = GcmJson.defaults().read(path, Network.class);
      err.println(network);
    } catch (GcmFormatException e) {
      e.problems().forEach(p -> err.println(p.line() + ":" + p.column() + " " + p));
    }

    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .isEqualTo("11:43 /workplans/0/period/to: 2019-12 is before from 2020-11\n");
  }
}
