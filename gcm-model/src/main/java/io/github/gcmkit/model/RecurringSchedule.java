package io.github.gcmkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Work that recurs at a {@link Frequency}, such as "quarterly webinars", optionally within a window. */
@Value.Immutable
public abstract non-sealed class RecurringSchedule implements Schedule, WithRecurringSchedule {

  RecurringSchedule() {}

  /** How often the work recurs. */
  public abstract Frequency frequency();

  /** The window the recurrences fall in; empty for the whole period of the workplan. */
  public abstract Optional<Period> window();

  @Override
  public Optional<Period> period() {
    return window();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return frequency() + window().map(w -> " within " + w).orElse("");
  }

  /** Builds {@link RecurringSchedule} values. */
  public static class Builder extends ImmutableRecurringSchedule.Builder {}
}
