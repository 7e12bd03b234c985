package io.github.gcmkit.io.internal;

import io.github.gcmkit.model.DateQualifier;
import io.github.gcmkit.model.PartialDate;
import java.time.DateTimeException;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * The format's spellings of a date known to a year, month or day ({@code early 2020}, {@code 2020-08},
 * {@code 2020-08-12}) and of a month ({@code 2020-08}), read character by character: they recur
 * throughout a document, and a regular expression's matcher cost more than the rest of a date's
 * reading. Digits are ASCII digits. A qualifier is spelt by its constant's name, as every enum of
 * the format is ({@link Enums#code}): {@code EARLY} is {@code early}.
 */
final class DateSpellings {

  /** The qualifiers, each beside its spelling and the space after it, in {@link #SPELLINGS}. */
  private static final DateQualifier[] QUALIFIERS = DateQualifier.values();

  private static final String[] SPELLINGS = new String[QUALIFIERS.length];

  static {
    for (int q = 0; q < QUALIFIERS.length; q++) {
      SPELLINGS[q] = Enums.code(QUALIFIERS[q]) + " ";
    }
  }

  private DateSpellings() {}

  /** The format's text of {@code date}: {@code 2020-08}, {@code early 2020}. */
  static String spelling(PartialDate date) {
    String iso = date.toIsoString();
    return date.qualifier().isPresent() ? Enums.code(date.qualifier().get()) + " " + iso : iso;
  }

  /**
   * The parts of the date {@code text} spells, unchecked (a month of 13 is the builder's to refuse);
   * {@code null} if it is not spelt as the format spells dates.
   */
  static PartialDate.@Nullable Builder partialDate(String text) {
    PartialDate.Builder date = PartialDate.builder();
    int at = 0;
    for (int q = 0; q < QUALIFIERS.length; q++) {
      if (text.startsWith(SPELLINGS[q])) {
        date.qualifier(QUALIFIERS[q]);
        at = SPELLINGS[q].length();
        break;
      }
    }
    int year = digits(text, at, 4);
    if (year < 0) {
      return null;
    }
    date.year(year);
    at += 4;
    for (int part = 0; at < text.length(); part++) {
      int value = part < 2 && text.charAt(at) == '-' ? digits(text, at + 1, 2) : -1;
      if (value < 0) {
        return null;
      }
      if (part == 0) {
        date.month(value);
      } else {
        date.day(value);
      }
      at += 3;
    }
    return date;
  }

  /** The month {@code text} spells ({@code 2020-08}), or {@code null}. */
  static @Nullable YearMonth month(String text) {
    int year = digits(text, 0, 4);
    int month = text.length() == 7 && text.charAt(4) == '-' ? digits(text, 5, 2) : -1;
    if (year < 0 || month < 0) {
      return null;
    }
    try {
      return YearMonth.of(year, month);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number the {@code count} ASCII digits at {@code from} spell, or -1 if they are not that. */
  static int digits(String text, int from, int count) {
    if (from + count > text.length()) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
