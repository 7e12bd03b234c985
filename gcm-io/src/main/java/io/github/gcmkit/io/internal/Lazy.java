package io.github.gcmkit.io.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value made on first use, once, by whichever thread asks first. The maker is given at that use,
 * not when the holder is made, so that nothing of the value's type is loaded before then (a lambda
 * made in a constructor would load the classes of its result).
 *
 * @param <T> the value's type
 */
public final class Lazy<T> {

  private volatile @Nullable T value;

  /** The value, made by {@code make} if it has not been made yet. */
  public T get(Supplier<T> make) {
    T made = value;
    if (made == null) {
      synchronized (this) {
        made = value;
        if (made == null) {
          made = make.get();
          value = made;
        }
      }
    }
    return made;
  }
}
