package io.github.gcmkit.model;

/**
 * How a statement of a record is known: stated by the source document, interpreted by whoever
 * encoded it (for example, which GCM objective a workstream serves when the workplan does not say),
 * or unknown because the recorded sources do not say.
 *
 * <p>{@link #STATED} is the default everywhere: a complete document encoded as written needs no
 * mark. {@link #UNKNOWN} is meant for a {@link Statement} about a field the sources leave open; on
 * {@link GcmLinks}, a {@link StakeholderGroup} or a tenure it means the same as leaving the value
 * out.
 */
public enum Provenance {
  /** The source document states it. */
  STATED,
  /** Added by interpretation; the source document does not state it in these terms. */
  INTERPRETED,
  /** The recorded sources do not say; what the record holds there (often nothing) is no statement. */
  UNKNOWN
}
