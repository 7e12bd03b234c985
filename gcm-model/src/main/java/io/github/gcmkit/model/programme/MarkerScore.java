package io.github.gcmkit.model.programme;

/**
 * A score on a four-point scale, 0 to 3, on which a joint programme rates its expected contribution;
 * the Migration MPTF requires a gender marker and a human rights marker on every joint programme.
 * The UN system's gender equality markers use this scale (the UNSDG's UNCT Gender Equality Marker
 * Guidance Note codes planned contributions from 0 to 3).
 *
 * <p><b>Provisional.</b> That the Migration MPTF's own gender marker uses this scale, and that its
 * human rights marker uses the same one, is not verified; docs/format.md ("Markers") says what is.
 */
public enum MarkerScore {
  /** 0: not expected to contribute. */
  NO_CONTRIBUTION(0),
  /** 1: expected to contribute in a limited way. */
  LIMITED_CONTRIBUTION(1),
  /** 2: expected to contribute significantly. */
  SIGNIFICANT_CONTRIBUTION(2),
  /** 3: the principal objective. */
  PRINCIPAL_OBJECTIVE(3);

  private final int code;

  MarkerScore(int code) {
    this.code = code;
  }

  /** The score's number on the scale, 0 to 3. */
  public int code() {
    return code;
  }
}
