package io.github.gcmkit.model.progress;

import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.PartialDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A milestone of a workplan unit in a progress report: "validation workshop held". */
@Value.Immutable
public abstract class Milestone implements WithMilestone {

  Milestone() {}

  /** What the milestone is. */
  public abstract LocalizedText text();

  /** Whether it has been reached as of the report's date; {@code false} unless stated. */
  @Value.Default
  public boolean reached() {
    return false;
  }

  /** When it was reached, or is due, if stated. */
  public abstract Optional<PartialDate> date();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Milestone} values. */
  public static class Builder extends ImmutableMilestone.Builder {}
}
