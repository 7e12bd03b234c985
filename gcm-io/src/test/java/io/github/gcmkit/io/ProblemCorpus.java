package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gcmkit.model.LocalizedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A folder of test inputs that must not be read, each with a {@code .problems} file beside it that
 * lists the expected problems, one per line as {@code line:column pointer: message}. When the
 * problems differ, the actual ones are written under {@code target/<folder>-actual/}.
 */
final class ProblemCorpus {

  private final String folder;

  ProblemCorpus(String folder) {
    this.folder = folder;
  }

  /** The names of the inputs in the folder ending in one of {@code extensions}, sorted. */
  Stream<String> inputs(String... extensions) {
    try (Stream<Path> files = Files.list(path())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> Stream.of(extensions).anyMatch(n::endsWith))
          .sorted()
          .collect(Collectors.toList())
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the input {@code name} with {@code reader} and checks that it fails with exactly the expected problems. */
  void check(String name, Function<byte[], ?> reader) throws IOException {
    byte[] bytes = Files.readAllBytes(path().resolve(name));
    Path expectedFile = path().resolve(name.substring(0, name.lastIndexOf('.')) + ".problems");
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class, () -> reader.apply(bytes));
    assertThat(e).as("%s must not be read", name).isNotNull();
    assertThat(e.problems()).allSatisfy(ProblemCorpus::bilingual);
    List<String> actual =
        e.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p).collect(Collectors.toList());
    List<String> expected =
        Files.exists(expectedFile)
            ? Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .collect(Collectors.toList())
            : List.of();
    if (!actual.equals(expected)) {
      Path out = Path.of("target", folder + "-actual");
      Files.createDirectories(out);
      Files.write(out.resolve(expectedFile.getFileName().toString()), actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("problems of %s", name).containsExactlyElementsOf(expected);
  }

  /**
   * Checks that {@code problem} is worded by a bundle, in English and in French: it has a key, and
   * its French message is not its English one. (What a problem quotes from the document stays as
   * written; every problem has words of its own around it.)
   */
  static void bilingual(FormatProblem problem) {
    assertThat(problem.key()).as("the key of %s", problem).isPresent();
    assertThat(problem.text().get(LocalizedText.FRENCH)).as("French of %s", problem).isPresent();
    assertThat(problem.message(LocalizedText.FRENCH)).as("French of %s", problem).isNotEqualTo(problem.message());
  }

  private Path path() {
    try {
      return Path.of(ProblemCorpus.class.getResource("/" + folder).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
