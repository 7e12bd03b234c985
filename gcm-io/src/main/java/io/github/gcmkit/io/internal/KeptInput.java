package io.github.gcmkit.io.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of a document read once from a stream, kept as it is read so that the document can be
 * read again ({@link ReadAgain}: what a value declares late may have changed the meaning of what came
 * before it); let go past the most kept. Kept in the pieces read, so that
 * keeping millions of characters never asks for one array as long as all of them (in a small heap,
 * such an array may find no room even where the pieces do).
 */
final class KeptInput extends Reader {

  private final Reader in;
  private final int most;
  private List<char[]> kept = new ArrayList<>();
  private long keptLength;
  private boolean overflowed;

  /** The text of {@code in}, kept up to {@code most} characters. */
  KeptInput(Reader in, int most) {
    this.in = in;
    this.most = most;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (!overflowed && n > 0) {
      if (keptLength + n > most) {
        // Past the most kept, the document cannot be read again: what was kept is let go.
        overflowed = true;
        kept = new ArrayList<>();
        keptLength = 0;
      } else {
        kept.add(Arrays.copyOfRange(buffer, offset, offset + n));
        keptLength += n;
      }
    }
    return n;
  }

  /** Whether the text read so far was longer than could be kept, so that it cannot be read again. */
  boolean overflowed() {
    return overflowed;
  }

  /** The whole text: what was read so far, and the rest of the stream. */
  String text() throws IOException {
    StringBuilder text = new StringBuilder();
    for (char[] piece : kept) {
      text.append(piece);
    }
    char[] buffer = new char[8192];
    for (int n = in.read(buffer, 0, buffer.length); n >= 0; n = in.read(buffer, 0, buffer.length)) {
      text.append(buffer, 0, n);
    }
    return text.toString();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
