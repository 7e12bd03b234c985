package io.github.gcmkit.model;

import java.util.Optional;
import java.util.function.Function;

/** Look-ups by name shared by the reference catalogues. */
final class Catalogues {

  private Catalogues() {}

  /** The first value one of whose names, in any language, matches {@code name}. */
  @SafeVarargs
  static <T> Optional<T> find(T[] values, String name, Function<T, LocalizedText>... names) {
    String key = TextMatching.key(name);
    for (T value : values) {
      for (Function<T, LocalizedText> n : names) {
        for (String text : n.apply(value).texts().values()) {
          if (TextMatching.key(text).equals(key)) {
            return Optional.of(value);
          }
        }
      }
    }
    return Optional.empty();
  }
}
