package io.github.gcmkit.cli;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.io.GcmFormatException;
import java.util.List;

/** Inputs that could not be read, each with its problems; exit code 2. */
final class UnreadableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable list of serializable exceptions
  private final ImmutableList<GcmFormatException> inputs;

  UnreadableException(List<GcmFormatException> inputs) {
    super(inputs.size() == 1 ? "1 input could not be read" : inputs.size() + " inputs could not be read");
    this.inputs = ImmutableList.copyOf(inputs);
  }

  /** The line that sums the inputs up, in {@code language} ({@code en} or {@code fr}). */
  String message(String language) {
    return inputs.size() == 1 ? Messages.text(language, "unreadable.one") : Messages.text(language, "unreadable.many", inputs.size());
  }

  /** The inputs that could not be read. */
  ImmutableList<GcmFormatException> inputs() {
    return inputs;
  }
}
