package io.github.gcmkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Where a {@link Generator} draws its random choices from.
 *
 * <p>Every choice is a number in a closed range. Sources that shrink (QuickTheories) move each
 * number towards the bottom of its range, so generators put the simplest choice there: the smallest
 * size, the first option, {@code false}.
 */
@FunctionalInterface
public interface Source {

  /** A number from {@code min} to {@code max}, both included. */
  long between(long min, long max);

  /** A number from {@code min} to {@code max}, both included. */
  default int between(int min, int max) {
    return (int) between((long) min, (long) max);
  }

  /** {@code true} or {@code false}; shrinks towards {@code false}. */
  default boolean nextBoolean() {
    return between(0, 1) == 1;
  }

  /** {@code true} with about {@code percent} in a hundred; shrinks towards {@code false}. */
  default boolean chance(int percent) {
    return between(0, 99) >= 100 - percent;
  }

  /** One of {@code options}; shrinks towards the first. */
  default <T> T pick(List<T> options) {
    checkArgument(!options.isEmpty(), "no options to pick from");
    return options.get(between(0, options.size() - 1));
  }

  /**
   * A source of gcmkit's own, seeded: the same seed gives the same choices on every JDK and machine.
   */
  static Source seeded(long seed) {
    return new SeededSource(seed);
  }

  /** A source that draws from {@code random}. */
  static Source of(RandomGenerator random) {
    return (min, max) -> {
      checkArgument(min <= max, "empty range %s..%s", min, max);
      long span = max - min + 1;
      return span <= 0 ? random.nextLong() : min + random.nextLong(span);
    };
  }
}
