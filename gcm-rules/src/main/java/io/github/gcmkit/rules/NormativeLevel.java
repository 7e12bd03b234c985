package io.github.gcmkit.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * How binding the text a rule rests on is: what a document requires ({@link #MUST}), what it
 * recommends or expects ({@link #SHOULD}), or what the documents show as good practice without
 * asking it of anyone ({@link #GOOD_PRACTICE}). It says nothing of the rule's {@link Severity},
 * which a profile may change; it says why the rule exists.
 */
public enum NormativeLevel {
  /** The source requires it: the GCM's text, or a network's ToR in the words "will" or "shall". */
  MUST,
  /** The source recommends or expects it, or requires it of one network only. */
  SHOULD,
  /** The documents show it as what works well; none of them asks it of every network. */
  GOOD_PRACTICE;

  /** The level's code in files and reports: {@code must}, {@code should}, {@code good-practice}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The level of code {@code code}, if there is one. */
  public static Optional<NormativeLevel> ofCode(String code) {
    for (NormativeLevel level : values()) {
      if (level.code().equals(code)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
