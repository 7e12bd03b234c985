package io.github.gcmkit.model;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Where the record of a network, charter or workplan comes from: the sources it is taken from,
 * whether they hold the whole document, and what is known of single statements.
 *
 * <p>The common case costs nothing: a record encoded from one complete document, everything in it
 * as stated, has {@link #none()}, which the format leaves out. Statements are kept apart from the
 * values they speak of, keyed by path ({@link Statement#path()}), so that the model's types carry no
 * provenance fields of their own and users who never mark provenance never meet it.
 *
 * <pre>{@code
 * Sourcing reconstructed = Sourcing.builder()
 *     .addSource("wca-workplan-2020")
 *     .completeness(Completeness.RECONSTRUCTED)
 *     .addStatement(Statement.builder()
 *         .path("/governance/meetings").provenance(Provenance.UNKNOWN).build())
 *     .build();
 * reconstructed.provenance(JsonPointer.parse("/governance/meetings/frequency")); // UNKNOWN
 * }</pre>
 */
@Value.Immutable
public abstract class Sourcing implements WithSourcing {

  private static final Sourcing NONE = builder().build();

  Sourcing() {}

  /** The ids of the network's {@linkplain Source sources} the record is taken from. */
  public abstract ImmutableList<String> sources();

  /**
   * Whether the sources hold the whole document; {@link Completeness#COMPLETE} unless said
   * otherwise.
   */
  @Value.Default
  public Completeness completeness() {
    return Completeness.COMPLETE;
  }

  /** What is known of single statements, where it is not simply "stated". */
  public abstract ImmutableList<Statement> statements();

  /** A record from one complete document, everything as stated. */
  public static Sourcing none() {
    return NONE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The statement that speaks for the element at {@code pointer} (a JSON Pointer into the same
   * document): the one with the longest path at or above it.
   */
  public Optional<Statement> statement(JsonPointer pointer) {
    // The longest path wins; of equally long ones, the first. A loop, as every finding asks.
    @Nullable Statement found = null;
    for (Statement s : statements()) {
      if (s.covers(pointer) && (found == null || s.path().length() > found.path().length())) {
        found = s;
      }
    }
    return Optional.ofNullable(found);
  }

  /** How the element at {@code pointer} is known: stated unless a statement says otherwise. */
  public Provenance provenance(JsonPointer pointer) {
    return statement(pointer).map(Statement::provenance).orElse(Provenance.STATED);
  }

  /** Whether the recorded sources do not say what is at {@code pointer}. */
  public boolean isUnknown(JsonPointer pointer) {
    return provenance(pointer) == Provenance.UNKNOWN;
  }

  /** Whether the list at {@code pointer} is marked as holding only part of its elements. */
  public boolean isPartial(JsonPointer pointer) {
    return statement(pointer).map(Statement::partial).orElse(false);
  }

  /** Whether the record is taken from the whole document. */
  public boolean isComplete() {
    return completeness() == Completeness.COMPLETE;
  }

  @Value.Check
  protected void check() {
    sources().forEach(s -> Invariants.checkId("sources", s));
    Set<String> paths = new HashSet<>();
    for (int i = 0; i < statements().size(); i++) {
      String path = statements().get(i).path();
      if (!paths.add(path)) {
        throw Invariants.violation(
            List.of("statements", Integer.toString(i), "path"), "invariant.id-twice", path);
      }
    }
  }

  /** Builds {@link Sourcing} values. */
  public static class Builder extends ImmutableSourcing.Builder {}
}
