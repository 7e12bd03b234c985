package io.github.gcmkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a record knows of one of its statements, named by its path: stated by a source (where, in
 * what words), interpreted (from what), or unknown (the recorded sources do not say); and, for a
 * list, whether it is only partly known.
 *
 * <p>The {@link #path()} is a JSON Pointer into the document that holds the {@link Sourcing}, as
 * gcmkit's format writes it: {@code /governance/meetings} in a charter, {@code /coveredCountries}
 * in a network, {@code /priorities/2/links/principles/gender-responsive} in a workplan. Array
 * elements are named by index; the elements of a set of GCM links by their code. A statement
 * speaks for everything under its path unless a statement with a longer path says otherwise.
 *
 * <pre>{@code
 * Statement meetings = Statement.builder()
 *     .path("/governance/meetings")
 *     .provenance(Provenance.UNKNOWN)
 *     .build();
 * Statement countries = Statement.builder().path("/coveredCountries").partial(true).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Statement implements WithStatement {

  Statement() {}

  /** The JSON Pointer to what the statement is about, in the document that holds it. */
  public abstract String path();

  /**
   * {@link Provenance#STATED} (the default), {@link Provenance#INTERPRETED} or {@link
   * Provenance#UNKNOWN}.
   */
  @Value.Default
  public Provenance provenance() {
    return Provenance.STATED;
  }

  /** The id of the network's {@linkplain Source source} that states it. */
  public abstract Optional<String> source();

  /** Where in the source ("section 4", "paragraph 2", "line 12"). */
  public abstract Optional<String> locator();

  /** The source's own words, a short quote. */
  public abstract Optional<LocalizedText> quote();

  /** What an interpretation rests on, or why it is unknown. */
  public abstract Optional<LocalizedText> note();

  /**
   * Whether the list at this path holds only what the recorded sources name, with others left
   * unnamed: covered countries of which a source names two, a committee of which only the
   * co-chairs are known.
   */
  @Value.Default
  public boolean partial() {
    return false;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether this statement speaks for the element at {@code pointer}: its own path or one below. */
  public boolean covers(JsonPointer pointer) {
    String text = pointer.toString();
    String path = path();
    return text.startsWith(path) && (text.length() == path.length() || text.charAt(path.length()) == '/');
  }

  @Value.Check
  protected void check() {
    Invariants.check(
        path().startsWith("/"), "path", "invariant.not-pointer", path());
    source().ifPresent(s -> Invariants.checkId("source", s));
    locator().ifPresent(l -> Invariants.checkId("locator", l));
  }

  /** Builds {@link Statement} values. */
  public static class Builder extends ImmutableStatement.Builder {}
}
