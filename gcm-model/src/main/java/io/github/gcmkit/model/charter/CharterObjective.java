package io.github.gcmkit.model.charter;

import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.Invariants;
import io.github.gcmkit.model.LocalizedText;
import org.immutables.value.Value;

/** One of a charter's objectives, optionally linked to the GCM objectives and principles it serves. */
@Value.Immutable
public abstract class CharterObjective implements WithCharterObjective {

  CharterObjective() {}

  /** The objective's id, unique within the charter (its number in the charter, as a rule). */
  public abstract String id();

  /** What the network commits to. */
  public abstract LocalizedText text();

  /** What the objective serves in the GCM. */
  @Value.Default
  public GcmLinks links() {
    return GcmLinks.none();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An objective with no GCM links. */
  public static CharterObjective of(String id, LocalizedText text) {
    return builder().id(id).text(text).build();
  }

  @Value.Check
  protected void check() {
    Invariants.checkId("id", id());
  }

  /** Builds {@link CharterObjective} values. */
  public static class Builder extends ImmutableCharterObjective.Builder {}
}
