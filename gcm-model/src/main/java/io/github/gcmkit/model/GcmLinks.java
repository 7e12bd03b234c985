package io.github.gcmkit.model;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Locale;
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

  /**
   * How the link to {@code objective} is known, for these links at {@code pointer} (a JSON Pointer
   * such as {@code /priorities/2/links}) in a document whose sourcing is {@code sourcing}: as a
   * statement at or below {@code pointer} says ({@code /priorities/2/links/objectives/decent-work}),
   * else as {@link #provenance()} says when it is not stated, else as a statement above says.
   */
  public Provenance provenance(GcmObjective objective, String pointer, Sourcing sourcing) {
    return linkProvenance(pointer + "/objectives/" + code(objective), pointer, sourcing);
  }

  /** How the link to {@code principle} is known; see {@link #provenance(GcmObjective, String, Sourcing)}. */
  public Provenance provenance(GuidingPrinciple principle, String pointer, Sourcing sourcing) {
    return linkProvenance(pointer + "/principles/" + code(principle), pointer, sourcing);
  }

  private Provenance linkProvenance(String link, String pointer, Sourcing sourcing) {
    Optional<Statement> statement = sourcing.statement(JsonPointer.parse(link));
    if (statement.isPresent() && statement.get().path().length() >= pointer.length()) {
      return statement.get().provenance();
    }
    if (provenance() != Provenance.STATED) {
      return provenance();
    }
    return statement.map(Statement::provenance).orElse(Provenance.STATED);
  }

  /** The format's code of a constant: {@code DECENT_WORK} is {@code decent-work}. */
  private static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether there are no links at all. */
  public boolean isEmpty() {
    return objectives().isEmpty() && principles().isEmpty() && mptfAreas().isEmpty();
  }

  /** Builds {@link GcmLinks} values. */
  public static class Builder extends ImmutableGcmLinks.Builder {}
}
