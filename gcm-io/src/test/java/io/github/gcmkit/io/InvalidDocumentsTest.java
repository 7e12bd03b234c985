package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document under {@code invalid/} fails to read with exactly the problems listed in the
 * {@code .problems} file beside it, one per line as {@code line:column pointer: message}.
 */
class InvalidDocumentsTest {

  static Stream<String> documents() throws IOException, URISyntaxException {
    Path folder = Path.of(InvalidDocumentsTest.class.getResource("/invalid").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .sorted()
          .collect(Collectors.toList())
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void reportsEveryProblemExactly(String name) throws Exception {
    Path folder = Path.of(InvalidDocumentsTest.class.getResource("/invalid").toURI());
    byte[] bytes = Files.readAllBytes(folder.resolve(name));
    Path expectedFile = folder.resolve(name.replace(".json", ".problems"));

    GcmFormatException e =
        catchThrowableOfType(
            GcmFormatException.class,
            () -> GcmJson.defaults().read(new ByteArrayInputStream(bytes)));

    assertThat(e).as("%s must not be read", name).isNotNull();
    List<String> actual =
        e.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p).collect(Collectors.toList());
    List<String> expected =
        Files.exists(expectedFile)
            ? Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .collect(Collectors.toList())
            : List.of();
    if (!actual.equals(expected)) {
      Path out = Path.of("target", "invalid-actual");
      Files.createDirectories(out);
      Files.write(out.resolve(expectedFile.getFileName().toString()), actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("problems of %s", name).containsExactlyElementsOf(expected);
  }
}
