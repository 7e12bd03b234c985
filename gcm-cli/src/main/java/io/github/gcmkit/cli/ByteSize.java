package io.github.gcmkit.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A size in bytes as written on the command line: a whole number, optionally followed by {@code
 * K}, {@code M} or {@code G} (powers of 1,024, with or without a trailing {@code B} or {@code iB}):
 * {@code 200M}, {@code 1G}, {@code 67108864}.
 */
final class ByteSize implements ITypeConverter<Long> {

  @Override
  public Long convert(String value) {
    String text = value.strip().toUpperCase(Locale.ROOT);
    if (text.endsWith("IB")) {
      text = text.substring(0, text.length() - 2);
    } else if (text.endsWith("B")) {
      text = text.substring(0, text.length() - 1);
    }
    int shift = 0;
    if (!text.isEmpty()) {
      switch (text.charAt(text.length() - 1)) {
        case 'K' -> shift = 10;
        case 'M' -> shift = 20;
        case 'G' -> shift = 30;
        default -> shift = 0;
      }
    }
    String digits = shift == 0 ? text : text.substring(0, text.length() - 1);
    long number;
    try {
      number = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new NotASize("option.not-a-size", value);
    }
    if (number < 1 || number > (Long.MAX_VALUE >> shift)) {
      throw new NotASize("option.size-range", value);
    }
    return number << shift;
  }

  /** A value that is not a size: a message of the command's bundle, worded in the command line's language. */
  static final class NotASize extends TypeConversionException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String value;

    NotASize(String key, String value) {
      super(Messages.text("en", key, value));
      this.key = key;
      this.value = value;
    }

    /** The problem in {@code language} ({@code en} or {@code fr}). */
    String message(String language) {
      return Messages.text(language, key, value);
    }
  }
}
