package io.github.gcmkit.model.charter;

/** Whether a chair seat is held permanently or rotates. */
public enum TenureKind {
  /** The same holder keeps the seat. */
  PERMANENT,
  /** The seat passes from holder to holder ("de manière rotative et annuelle"). */
  ROTATING,
  /** The charter does not say. */
  UNSPECIFIED
}
