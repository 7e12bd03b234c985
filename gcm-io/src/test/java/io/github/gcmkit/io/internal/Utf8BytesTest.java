package io.github.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/** The UTF-8 check under Jackson's parser of bytes, and the character columns it gives. */
class Utf8BytesTest {

  private static final JsonFactory JSON = new JsonFactory();

  private static Utf8Bytes bytes(byte[] bytes, long limit) {
    return new Utf8Bytes(new ByteArrayInputStream(bytes), limit, 1 << 20);
  }

  private static Utf8Bytes bytes(String text) {
    return bytes(text.getBytes(StandardCharsets.UTF_8), 1 << 20);
  }

  /** Each token's line and character column, as the parser of characters gives them for {@code text}. */
  private static List<String> charColumns(String text) {
    List<String> found = new ArrayList<>();
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        found.add(t + "@" + p.currentTokenLocation().getLineNr() + ":" + p.currentTokenLocation().getColumnNr());
      }
    }
    return found;
  }

  /** The same through Jackson's parser of bytes, its columns put in characters. */
  private static List<String> byteColumns(String text) {
    List<String> found = new ArrayList<>();
    Utf8Bytes in = bytes(text);
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), in)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        TokenStreamLocation where = p.currentTokenLocation();
        found.add(t + "@" + where.getLineNr() + ":" + in.column(where));
      }
    }
    return found;
  }

  @Test
  void columnsCountCharactersNotBytes() {
    // é (2 bytes), ’ (3 bytes), 😀 (4 bytes, two UTF-16 units), on one line and across lines.
    String text = "{\"é’\":\"a😀b\", \"x\":\r\n 1,\r \"é\": [true, \"’’\"], \"z\":\n\"😀\", \"w\": 2}";
    assertThat(byteColumns(text)).isEqualTo(charColumns(text));
  }

  @Test
  void longRunsOfPlainBytesAroundEscapesAndWideCharactersKeepTheirColumns() {
    // Runs longer than the eight bytes looked at together, with an escaped quote, an escaped
    // backslash and wide characters at every offset within such a run.
    StringBuilder text = new StringBuilder("{");
    for (int shift = 0; shift < 9; shift++) {
      String run = "x".repeat(shift);
      text.append("\"k").append(shift).append("\":\"").append(run).append("\\\"é").append(run)
          .append("\\\\").append("😀 abcdefghijklmnop\", \"n").append(shift).append("\":[\"").append(run)
          .append("\"],\n");
    }
    text.append("\"end\": true}");
    assertThat(byteColumns(text.toString())).isEqualTo(charColumns(text.toString()));
  }

  @Test
  void aByteOrderMarkIsDroppedAndColumnsStartAfterIt() throws IOException {
    byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[mark.length + body.length];
    System.arraycopy(mark, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    Utf8Bytes in = bytes(all, 100);
    assertThat(in.misleadsByteParser()).isFalse();
    assertThat(in.readAllBytes()).isEqualTo(body);
  }

  @Test
  void firstBytesThatJacksonWouldMisreadAreNoted() throws IOException {
    assertThat(bytes(new byte[] {'{', 0, '}', ' '}, 100).misleadsByteParser()).as("a zero byte").isTrue();
    byte[] twoMarks = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
    assertThat(bytes(twoMarks, 100).misleadsByteParser()).as("a second byte order mark").isTrue();
    assertThat(bytes("{}").misleadsByteParser()).isFalse();
  }

  @Test
  void bytesThatAreNotUtf8FailWhereTheirCharacterStarts() {
    assertBad(new byte[] {'a', '\n', 'b', 'c', (byte) 0xFF, 'd'}, 2, 3, 4); // never a UTF-8 byte
    assertBad(new byte[] {'a', (byte) 0xC0, (byte) 0x80}, 1, 2, 1); // overlong NUL
    assertBad(new byte[] {'a', (byte) 0xE0, (byte) 0x80, (byte) 0x80}, 1, 2, 1); // overlong three bytes
    assertBad(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 1, 1, 0); // a surrogate
    assertBad(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 1, 1, 0); // past U+10FFFF
    assertBad(new byte[] {'a', (byte) 0x80}, 1, 2, 1); // a lone continuation byte
    assertBad(new byte[] {(byte) 0xC3, (byte) 0xA9, (byte) 0xC3, 'x'}, 1, 2, 2); // cut short
    assertBad(new byte[] {'a', (byte) 0xE2, (byte) 0x80}, 1, 2, 1); // the input ends inside a character
  }

  @Test
  void aBadByteAfterLinesOfPlainBytesIsOnItsLine() {
    // Line feeds at every offset within the eight bytes looked at together, several in one eight.
    for (int shift = 0; shift < 9; shift++) {
      String before = "x".repeat(shift) + "\n" + "ab\n\ncd\n" + "y".repeat(17) + "\n" + "z".repeat(shift);
      byte[] plain = before.getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[plain.length + 2];
      System.arraycopy(plain, 0, bytes, 0, plain.length);
      bytes[plain.length] = (byte) 0xC3; // é, then a bad byte after it
      bytes[plain.length + 1] = (byte) 0xFF;
      assertBad(bytes, 6, shift + 1, plain.length);
    }
  }

  @Test
  void theWideCharactersOfOneStringShareOneNote() throws IOException {
    // A long text of accented letters is noted once, not once a character: the notes stay few.
    String text = "{\"a\": \"" + "é".repeat(200_000) + "\", \"b\": \"ç\\\"ç\"}";
    Utf8Bytes in = bytes(text.getBytes(StandardCharsets.UTF_8), 1 << 21);
    in.readAllBytes();
    assertThat(in.pendingNotes()).isLessThanOrEqualTo(3);
  }

  private static void assertBad(byte[] bytes, int line, int column, long offset) {
    Utf8Input.Failure failure = catchThrowableOfType(Utf8Input.Failure.class,
        () -> bytes(bytes, 100).readAllBytes());
    assertThat(failure.line).isEqualTo(line);
    assertThat(failure.column).isEqualTo(column);
    assertThat(failure.problem).isEqualTo(Problems.said("not-utf8", offset));
  }

  @Test
  void moreBytesThanTheLimitFail() {
    Utf8Input.Failure failure = catchThrowableOfType(Utf8Input.Failure.class,
        () -> bytes("x".repeat(100).getBytes(StandardCharsets.UTF_8), 99).readAllBytes());
    assertThat(failure.problem).isEqualTo(Problems.said("limit.bytes", 99L));
  }

  @Test
  void theKeptBytesAndTheRestGiveTheWholeDocumentAgain() throws IOException {
    String text = "{\"é\": \"" + "x".repeat(20_000) + "\"}";
    Utf8Bytes in = bytes(text);
    byte[] start = in.readNBytes(10_000);
    assertThat(start).hasSize(10_000);
    try (InputStream again = in.rest()) {
      assertThat(new String(again.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
    }
  }

  @Test
  void releasedBytesAreNotKept() throws IOException {
    Utf8Bytes in = new Utf8Bytes(new ByteArrayInputStream("{\"a\": 1}".getBytes(StandardCharsets.UTF_8)), 100, 4);
    in.readAllBytes();
    assertThat(in.overflowed()).isTrue();
  }
}
