package io.github.gcmkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * gcmkit's own seeded source: SplitMix64, whose output is fixed by its seed alone, so a seed printed
 * by a failing test reproduces the same values anywhere.
 */
final class SeededSource implements Source {

  private long state;

  SeededSource(long seed) {
    this.state = seed;
  }

  @Override
  public long between(long min, long max) {
    checkArgument(min <= max, "empty range %s..%s", min, max);
    long span = max - min + 1;
    long next = nextLong();
    return span <= 0 ? next : min + Long.remainderUnsigned(next, span);
  }

  private long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
