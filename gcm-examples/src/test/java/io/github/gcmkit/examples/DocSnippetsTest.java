package io.github.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Docs that cannot drift: every Java snippet of the README and of docs/*.md is held, word for word,
 * by a test that runs it (this module's doc tests and each module's README tests), so that a
 * snippet changed in the docs and not in its test, or added without one, fails the build.
 */
class DocSnippetsTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void everyJavaSnippetOfTheDocsIsRunByATest() throws IOException {
    String tests = compact(testSources());
    List<String> untested = new ArrayList<>();
    for (Path doc : docs()) {
      for (String snippet : snippets(Files.readString(doc))) {
        if (!tests.contains(compact(snippet))) {
          untested.add(ROOT.relativize(doc) + ":\n" + snippet);
        }
      }
    }
    assertThat(untested).as("Java snippets of the docs that no test runs").isEmpty();
  }

  private static List<Path> docs() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  /** The text of every {@code ```java} block. */
  static List<String> snippets(String markdown) {
    List<String> snippets = new ArrayList<>();
    StringBuilder block = null;
    for (String line : markdown.split("\n", -1)) {
      if (block == null && line.strip().equals("```java")) {
        block = new StringBuilder();
      } else if (block != null && line.strip().equals("```")) {
        snippets.add(block.toString());
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return snippets;
  }

  /** Every test source of the repository, one after the other. */
  private static String testSources() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/test/java/"))
          .filter(p -> !p.toString().contains("/target/"))
          .map(DocSnippetsTest::read)
          .collect(Collectors.joining("\n"));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The text without white space and comments' markers, so that indentation does not count. */
  private static String compact(String text) {
    return text.replaceAll("\\s+", "");
  }
}
