package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Helpers for the tests of hostile input: the problems a document gets, one string each. */
final class Hostile {

  private Hostile() {}

  /** The problems of reading {@code bytes} with {@code codec}, as {@code line:column pointer: message}. */
  static List<String> problems(GcmCodec codec, byte[] bytes) {
    return problems(() -> codec.read(new ByteArrayInputStream(bytes)));
  }

  /** The problems of reading {@code text} with {@code codec}. */
  static List<String> problems(GcmCodec codec, String text) {
    return problems(() -> codec.read(text));
  }

  /** The problems of reading the stream {@code in} with {@code codec}. */
  static List<String> problems(GcmCodec codec, InputStream in) {
    return problems(() -> codec.read(in));
  }

  /** The problems of {@code read}, which must fail with a {@link GcmFormatException}. */
  static List<String> problems(Supplier<GcmDocument> read) {
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class, read::get);
    assertThat(e).as("the document must not be read").isNotNull();
    return e.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p).collect(Collectors.toList());
  }

  /**
   * A stream of {@code head}, then {@code count} times {@code unit}, then {@code tail}, made as it is
   * read: a large input that the test itself does not hold in memory.
   */
  static InputStream generated(String head, String unit, long count, String tail) {
    byte[] start = head.getBytes(StandardCharsets.UTF_8);
    byte[] repeated = unit.getBytes(StandardCharsets.UTF_8);
    byte[] end = tail.getBytes(StandardCharsets.UTF_8);
    long middle = count * repeated.length;
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        long p = position;
        if (p >= start.length + middle + end.length) {
          return -1;
        }
        position++;
        if (p < start.length) {
          return start[(int) p] & 0xff;
        }
        p -= start.length;
        return p < middle ? repeated[(int) (p % repeated.length)] & 0xff : end[(int) (p - middle)] & 0xff;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        int n = 0;
        while (n < length) {
          int b = read();
          if (b < 0) {
            return n == 0 ? -1 : n;
          }
          buffer[offset + n++] = (byte) b;
        }
        return n;
      }
    };
  }
}
