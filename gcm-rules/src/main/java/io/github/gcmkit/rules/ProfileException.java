package io.github.gcmkit.rules;

import com.google.common.collect.ImmutableList;

/**
 * A {@link Profile} that does not fit the {@link RuleCatalog} it is resolved against: an unknown
 * rule id, a selector that selects nothing, an unknown parameter name, a parameter value of the
 * wrong type. Carries every problem found, not just the first.
 */
public final class ProfileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String profile;
  private final ImmutableList<String> problems;

  ProfileException(String profile, ImmutableList<String> problems) {
    super(message(profile, problems));
    this.profile = profile;
    this.problems = problems;
  }

  /** The name of the profile. */
  public String profile() {
    return profile;
  }

  /** Each problem, in a sentence that names the rule and parameter concerned. */
  public ImmutableList<String> problems() {
    return problems;
  }

  private static String message(String profile, ImmutableList<String> problems) {
    StringBuilder message = new StringBuilder("profile '").append(profile).append("' has ");
    message.append(problems.size() == 1 ? "a problem" : problems.size() + " problems").append(':');
    problems.forEach(p -> message.append("\n  - ").append(p));
    return message.toString();
  }
}
