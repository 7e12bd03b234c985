package io.github.gcmkit.model.workplan;

import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.PartialDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A revision of a living workplan: when, and what changed. */
@Value.Immutable
public abstract class Revision implements WithRevision {

  Revision() {}

  /** When the revision was made, if known. */
  public abstract Optional<PartialDate> date();

  /** What changed. */
  public abstract LocalizedText description();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Revision} values. */
  public static class Builder extends ImmutableRevision.Builder {}
}
