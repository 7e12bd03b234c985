package io.github.gcmkit.model;

/** How much of a document the record of a charter or workplan holds. */
public enum Completeness {
  /** The record is encoded from the whole document. */
  COMPLETE,
  /** The record is encoded from part of the document (a missing annex, a launch note's extract). */
  PARTIAL,
  /**
   * The document itself is not among the sources: the record is pieced together from what other
   * sources say of it (a charter reconstructed from a workplan's account of it).
   */
  RECONSTRUCTED
}
