package io.github.gcmkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The series an {@link Event} belongs to, and its place in it: "the second workshop of the series".
 */
@Value.Immutable
public abstract class EventSeries implements WithEventSeries {

  EventSeries() {}

  /** The series' title. */
  public abstract LocalizedText title();

  /** The event's place in the series, from 1, if stated. */
  public abstract Optional<Integer> position();

  /** What the document says of the series beyond its title (earlier events, their focus). */
  public abstract Optional<LocalizedText> description();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    position().ifPresent(p -> Invariants.checkPositive("position", p));
  }

  /** Builds {@link EventSeries} values. */
  public static class Builder extends ImmutableEventSeries.Builder {}
}
