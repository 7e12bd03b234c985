package io.github.gcmkit.io.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The lower-kebab-case names of enum constants in the format ({@code EVERY_UNCT_ENTITY} is {@code every-unct-entity}). */
public final class Enums {

  private Enums() {}

  /** The format's name of {@code constant}. */
  public static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant of {@code type} whose format name is {@code code}, or {@code null}. */
  public static <E extends Enum<E>> @org.jspecify.annotations.Nullable E parse(Class<E> type, String code) {
    for (E constant : type.getEnumConstants()) {
      if (code(constant).equals(code)) {
        return constant;
      }
    }
    return null;
  }

  /** The format names of every constant of {@code type}, comma-separated. */
  public static String codes(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> code((Enum<?>) c))
        .collect(Collectors.joining(", "));
  }
}
