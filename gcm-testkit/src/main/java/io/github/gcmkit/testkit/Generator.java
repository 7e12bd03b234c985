package io.github.gcmkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Makes values of type {@code T} from the random choices of a {@link Source}.
 *
 * <p>A generator is a function of its source alone: the same choices give an equal value. That is
 * what makes a seed reproduce a value and lets QuickTheories shrink one.
 *
 * @param <T> the type of value generated
 */
@FunctionalInterface
public interface Generator<T> {

  /** The next value, drawn from {@code source}. */
  T next(Source source);

  /** One value for {@code seed}; the same seed always gives an equal value. */
  default T sample(long seed) {
    return next(Source.seeded(seed));
  }

  /** One value drawn from {@code random}. */
  default T sample(RandomGenerator random) {
    return next(Source.of(random));
  }

  /** An endless stream of values drawn from one source seeded with {@code seed}. */
  default Stream<T> samples(long seed) {
    Source source = Source.seeded(seed);
    return Stream.generate(() -> next(source));
  }

  /** A generator of {@code f} applied to this generator's values. */
  default <R> Generator<R> map(Function<? super T, ? extends R> f) {
    return source -> f.apply(next(source));
  }

  /** A generator of lists of {@code min} to {@code max} of this generator's values. */
  default Generator<ImmutableList<T>> list(int min, int max) {
    checkArgument(0 <= min && min <= max, "bad list size range %s..%s", min, max);
    return source -> {
      int size = source.between(min, max);
      ImmutableList.Builder<T> list = ImmutableList.builderWithExpectedSize(size);
      for (int i = 0; i < size; i++) {
        list.add(next(source));
      }
      return list.build();
    };
  }

  /** A generator of this generator's values, or of empty ones about a third of the time. */
  default Generator<Optional<T>> optional() {
    return source -> source.between(0, 2) == 0 ? Optional.empty() : Optional.of(next(source));
  }

  /** A generator that always gives {@code value}. */
  static <T> Generator<T> constant(T value) {
    return source -> value;
  }

  /** A generator of one of {@code values}; shrinks towards the first. */
  static <T> Generator<T> oneOf(List<T> values) {
    ImmutableList<T> copy = ImmutableList.copyOf(values);
    checkArgument(!copy.isEmpty(), "no values to choose from");
    return source -> source.pick(copy);
  }

  /** A generator of the constants of {@code type}; shrinks towards the first. */
  static <E extends Enum<E>> Generator<E> enumValues(Class<E> type) {
    return oneOf(List.of(type.getEnumConstants()));
  }
}
