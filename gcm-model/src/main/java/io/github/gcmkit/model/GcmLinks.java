package io.github.gcmkit.model;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a charter objective, priority, workstream, event or pledge serves in the Global Compact for
 * Migration: GCM objectives, guiding principles and Migration MPTF thematic areas.
 *
 * <p>The {@link #provenance()} says whether the document states the links or whoever encoded it
 * interpreted them, with an optional {@link #rationale()}.
 */
@Value.Immutable
public abstract class GcmLinks implements WithGcmLinks {

  private static final GcmLinks NONE = builder().build();

  GcmLinks() {}

  /** The GCM objectives served, in number order. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<GcmObjective> objectives();

  /** The guiding principles served, in paragraph order. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<GuidingPrinciple> principles();

  /** The Migration MPTF thematic areas served, in number order. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<MptfThematicArea> mptfAreas();

  /** Whether the document states these links or they are interpreted. */
  @Value.Default
  public Provenance provenance() {
    return Provenance.STATED;
  }

  /** Why the links were interpreted as they are, if that needs saying. */
  public abstract Optional<LocalizedText> rationale();

  /** No links. */
  public static GcmLinks none() {
    return NONE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether there are no links at all. */
  public boolean isEmpty() {
    return objectives().isEmpty() && principles().isEmpty() && mptfAreas().isEmpty();
  }

  /** Builds {@link GcmLinks} values. */
  public static class Builder extends ImmutableGcmLinks.Builder {}
}
