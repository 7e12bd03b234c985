package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NdjsonTest {

  private static Network network(int i) {
    return Network.builder()
        .id("n" + i)
        .level(NetworkLevel.REGIONAL)
        .name(LocalizedText.en("Network " + i))
        .build();
  }

  /** The document of {@code network} on one line, without its line break. */
  private static String compact(Network network) {
    return GcmJson.with(GcmOptions.defaults().withPrettyPrint(false)).write(network).strip();
  }

  @Test
  void writesAndStreamsOneDocumentPerLine() {
    List<Network> networks = IntStream.range(0, 500).mapToObj(NdjsonTest::network).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GcmJson.defaults().writeLines(networks, out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.lines()).hasSize(500).allMatch(l -> l.startsWith("{\"gcmFormat\":\"1.0\",\"kind\":\"network\""));
    try (Stream<GcmDocument> docs = GcmJson.defaults().stream(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(docs.map(GcmDocument::value)).containsExactlyElementsOf(networks);
    }
  }

  @Test
  void streamsLazilyInConstantMemory() {
    byte[] line = (GcmJson.with(GcmOptions.defaults().withPrettyPrint(false)).write(network(1)))
        .getBytes(StandardCharsets.UTF_8);
    long lines = 200_000;
    InputStream endless = new InputStream() {
      long position;

      @Override
      public int read() {
        if (position >= lines * line.length) {
          return -1;
        }
        return line[(int) (position++ % line.length)];
      }
    };
    try (Stream<GcmDocument> docs = GcmJson.defaults().stream(endless)) {
      assertThat(docs.count()).isEqualTo(lines);
    }
  }

  @Test
  void aByteThatIsNotUtf8IsLocatedInItsLine() {
    byte[] good = (compact(network(1)) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', ' ', ' ', (byte) 0xC3, (byte) 0xFF, '}', '\n'};
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
    all.writeBytes(good);
    all.writeBytes(bad);
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class, () -> {
      try (Stream<GcmDocument> docs = GcmJson.defaults().stream(new ByteArrayInputStream(all.toByteArray()))) {
        docs.forEach(d -> { });
      }
    });
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.key()).contains("not-utf8");
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.column()).isEqualTo(4);
    });
  }

  @Test
  void theLineLimitCountsBytesAsForAnyDocumentReadFromBytes() {
    String event = compact(Network.builder().from(network(1)).name(LocalizedText.en("ééééé")).build());
    byte[] line = (event + "\n").getBytes(StandardCharsets.UTF_8);
    int size = line.length - 1;
    GcmJson exact = GcmJson.with(GcmOptions.defaults().withMaxDocumentLength(size));
    try (Stream<GcmDocument> docs = exact.stream(new ByteArrayInputStream(line))) {
      assertThat(docs.count()).as("a line of as many bytes as the limit").isEqualTo(1);
    }
    GcmJson shorter = GcmJson.with(GcmOptions.defaults().withMaxDocumentLength(event.length()));
    assertThat(event.length()).as("fewer characters than bytes").isLessThan(size);
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class, () -> {
      try (Stream<GcmDocument> docs = shorter.stream(new ByteArrayInputStream(line))) {
        docs.forEach(d -> { });
      }
    });
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.key()).contains("limit.ndjson-line"));
  }

  @Test
  void aBadLineIsReportedWithItsLineNumberInTheStream() {
    String text =
        "{\"gcmFormat\":\"1.0\",\"kind\":\"network\",\"id\":\"a\",\"level\":\"global\",\"name\":\"A\"}\n"
            + "\n"
            + "{\"gcmFormat\":\"1.0\",\"kind\":\"network\",\"id\":\"b\",\"level\":\"planetary\",\"name\":\"B\"}\n"
            + "{\"gcmFormat\":\"1.0\",\"kind\":\"network\",\"id\":\"c\",\"level\":\"global\",\"name\":\"C\"}\n";
    try (Stream<GcmDocument> docs = GcmJson.defaults().stream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      Iterator<GcmDocument> it = docs.iterator();
      assertThat(it.next().value(Network.class).id()).isEqualTo("a");
      GcmFormatException e = catchThrowableOfType(GcmFormatException.class, it::next);
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.pointer()).hasToString("/level");
      });
      assertThat(it.next().value(Network.class).id()).as("reading goes on after a bad line").isEqualTo("c");
      assertThat(it.hasNext()).isFalse();
    }
  }
}
