package io.github.gcmkit.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Standard output that remembers why it could not be written (a full disk, a closed stream, a
 * reader that went away), which the {@link java.io.PrintWriter} the commands write to would
 * otherwise swallow; after the first failure it drops the rest of the output.
 */
final class WatchedOutput extends FilterOutputStream {

  private @Nullable IOException failure;

  WatchedOutput(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (failure != null) {
      throw failure;
    }
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public void flush() throws IOException {
    if (failure != null) {
      throw failure;
    }
    try {
      out.flush();
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  /** Why the output could not be written, if it could not. */
  @Nullable IOException failure() {
    return failure;
  }

  /** Whether the output failed because its reader went away (a broken pipe), which is not worth a message. */
  boolean brokenPipe() {
    return failure != null && String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT).contains("broken pipe");
  }
}
