package io.github.gcmkit.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The comments of a YAML file, found by the YAML parser itself (so that a {@code #} inside a string
 * is not one), which the canonical form cannot keep.
 */
final class YamlComments {

  /** How many comments a file holds, and the 1-based line of the first. */
  record Found(int count, int firstLine) {
    static final Found NONE = new Found(0, 0);
  }

  private YamlComments() {}

  /** The comments of the YAML file {@code file}, which has been read as a document already. */
  static Found in(Path file) throws IOException {
    // The file was read within the document limit already: the parser's own limit on a document's
    // length (3 MiB of code points by default) would refuse a valid document of more.
    LoadSettings settings = LoadSettings.builder().setParseComments(true).setCodePointLimit(Integer.MAX_VALUE).build();
    int count = 0;
    int first = 0;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, in));
      while (parser.hasNext()) {
        Event event = parser.next();
        if (event instanceof CommentEvent) {
          if (count++ == 0) {
            first = event.getStartMark().map(m -> m.getLine() + 1).orElse(1);
          }
        }
      }
    }
    return new Found(count, first);
  }
}
