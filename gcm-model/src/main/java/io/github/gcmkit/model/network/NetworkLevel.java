package io.github.gcmkit.model.network;

/** The level a UN migration network works at. */
public enum NetworkLevel {
  /** The UN Network on Migration itself. */
  GLOBAL,
  /** A regional network, such as the one for West and Central Africa. */
  REGIONAL,
  /** A country network, such as the one for Senegal. */
  NATIONAL;

  /** The level a network of this level reports to, if any: national to regional to global. */
  public java.util.Optional<NetworkLevel> parentLevel() {
    switch (this) {
      case NATIONAL:
        return java.util.Optional.of(REGIONAL);
      case REGIONAL:
        return java.util.Optional.of(GLOBAL);
      default:
        return java.util.Optional.empty();
    }
  }
}
