package io.github.gcmkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Work within a window of months, such as "November/December 2020". */
@Value.Immutable
public abstract non-sealed class ScheduleWindow implements Schedule, WithScheduleWindow {

  ScheduleWindow() {}

  /** The window, both ends included. */
  public abstract Period window();

  @Override
  public Optional<Period> period() {
    return Optional.of(window());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return window().toString();
  }

  /** Builds {@link ScheduleWindow} values. */
  public static class Builder extends ImmutableScheduleWindow.Builder {}
}
