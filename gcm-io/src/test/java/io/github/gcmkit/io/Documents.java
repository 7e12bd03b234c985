package io.github.gcmkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample documents of the tests, taken from the seed documents. */
final class Documents {

  static final List<String> ALL =
      List.of("senegal-charter.json", "wca-workplan.json", "sahel-webinar.json", "wca-federation.json");

  private Documents() {}

  /** The text of the test resource {@code name} (under /documents/ unless it has a folder). */
  static String text(String name) {
    String path = name.contains("/") ? "/" + name : "/documents/" + name;
    try (InputStream in = Documents.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
