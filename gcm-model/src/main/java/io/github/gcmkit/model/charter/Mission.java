package io.github.gcmkit.model.charter;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderRef;
import org.immutables.value.Value;

/**
 * A charter's mission statement ("Enoncé de Mission"): what the network is for, who established it,
 * what guides it and which frameworks it aligns with.
 */
@Value.Immutable
public abstract class Mission implements WithMission {

  Mission() {}

  /** The statement; paragraphs are separated by a blank line. */
  public abstract LocalizedText text();

  /** Who established the network ("the Resident Coordinator and IOM"). */
  public abstract ImmutableList<StakeholderRef> establishedBy();

  /** What guides the network in all it does ("the Charter of the United Nations, international law"). */
  public abstract ImmutableList<LocalizedText> guidedBy();

  /** The frameworks its policies and working methods align with (the SDGs, Agenda 2063, …). */
  public abstract ImmutableList<LocalizedText> alignsWith();

  /** What the mission serves in the GCM. */
  @Value.Default
  public GcmLinks links() {
    return GcmLinks.none();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A mission with just its statement. */
  public static Mission of(LocalizedText text) {
    return builder().text(text).build();
  }

  /** Builds {@link Mission} values. */
  public static class Builder extends ImmutableMission.Builder {}
}
