package io.github.gcmkit.model.network;

import java.util.Optional;

/** The level a UN migration network works at. */
public enum NetworkLevel {
  /** The UN Network on Migration itself. */
  GLOBAL,
  /** A regional network, such as the one for West and Central Africa. */
  REGIONAL,
  /** A country network, such as the one for Senegal. */
  NATIONAL;

  /** The level a network of this level reports to, if any: national to regional to global. */
  public Optional<NetworkLevel> parentLevel() {
    return switch (this) {
      case NATIONAL -> Optional.of(REGIONAL);
      case REGIONAL -> Optional.of(GLOBAL);
      case GLOBAL -> Optional.empty();
    };
  }
}
