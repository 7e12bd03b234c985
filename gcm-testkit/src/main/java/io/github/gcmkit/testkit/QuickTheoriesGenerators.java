package io.github.gcmkit.testkit;

import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Adapts gcmkit {@link Generator}s to QuickTheories.
 *
 * <p>Every choice the generator makes is drawn from QuickTheories' {@link RandomnessSource} with the
 * choice's range as constraint, so QuickTheories records, replays and shrinks the choices itself: a
 * falsifying workplan shrinks towards fewer priorities, shorter lists and the first option of each
 * choice, and stays well-formed because it is still built by the generator.
 *
 * <pre>{@code
 * qt().forAll(QuickTheoriesGenerators.gen(ModelGenerators.defaults().network()))
 *     .check(n -> n.equals(Network.builder().from(n).build()));
 * }</pre>
 */
// QuickTheories is a static requirement of this module: a caller uses these methods from its own
// tests, where it has QuickTheories and requires it itself.
@SuppressWarnings("exports")
public final class QuickTheoriesGenerators {

  private QuickTheoriesGenerators() {}

  /** A QuickTheories {@link Gen} of {@code generator}'s values. */
  public static <T> Gen<T> gen(Generator<T> generator) {
    return in -> generator.next(source(in));
  }

  /** A {@link Source} that draws from QuickTheories' randomness. */
  public static Source source(RandomnessSource in) {
    return (min, max) -> in.next(Constraint.between(min, max));
  }
}
