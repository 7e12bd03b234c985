package io.github.gcmkit.model;

/**
 * Whether a fact is stated by the source document or is an interpretation added by whoever encoded
 * it (for example, which GCM objective a workstream serves when the workplan does not say).
 */
public enum Provenance {
  /** The source document states it. */
  STATED,
  /** Added by interpretation; the source document does not state it in these terms. */
  INTERPRETED
}
