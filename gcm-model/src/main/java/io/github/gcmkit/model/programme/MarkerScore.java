package io.github.gcmkit.model.programme;

/**
 * A score on the four-point scale (0 to 3) of the UN system's common gender equality marker
 * standard, on which a joint programme rates its expected contribution. The Migration MPTF requires
 * a gender marker and a human rights marker on every joint programme.
 *
 * <p><b>Provisional.</b> That the Migration MPTF's markers use this common 0–3 scale, and that its
 * human rights marker uses the same one, is not verified against the Fund's Operations Manual; see
 * docs/format.md.
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
