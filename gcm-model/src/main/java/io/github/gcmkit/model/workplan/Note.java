package io.github.gcmkit.model.workplan;

import io.github.gcmkit.model.Invariants;
import io.github.gcmkit.model.LocalizedText;
import org.immutables.value.Value;

/** A footnote of a workplan, referred to by its id ("1") from workstreams and activities. */
@Value.Immutable
public abstract class Note implements WithNote {

  Note() {}

  /** The note's id, unique within the workplan: its number or mark in the document. */
  public abstract String id();

  /** The note's text. */
  public abstract LocalizedText text();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The note {@code id} saying {@code text}. */
  public static Note of(String id, LocalizedText text) {
    return builder().id(id).text(text).build();
  }

  @Value.Check
  protected void check() {
    Invariants.checkId("id", id());
  }

  /** Builds {@link Note} values. */
  public static class Builder extends ImmutableNote.Builder {}
}
