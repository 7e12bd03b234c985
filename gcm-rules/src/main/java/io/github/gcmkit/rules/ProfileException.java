package io.github.gcmkit.rules;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.LocalizedText;

/**
 * A {@link Profile} that does not fit the {@link RuleCatalog} it is resolved against: an unknown
 * rule id, a selector that selects nothing, an unknown parameter name, a parameter value of the
 * wrong type. Carries every problem found, not just the first.
 */
public final class ProfileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String profile;
  private final ImmutableList<ProfileProblem> problems;

  ProfileException(String profile, ImmutableList<ProfileProblem> problems) {
    super(message(profile, problems));
    this.profile = profile;
    this.problems = problems;
  }

  /** The name of the profile. */
  public String profile() {
    return profile;
  }

  /** Each problem, with the setting it concerns and a sentence that names the rule and parameter. */
  public ImmutableList<ProfileProblem> problems() {
    return problems;
  }

  private static String message(String profile, ImmutableList<ProfileProblem> problems) {
    StringBuilder message = new StringBuilder("profile '").append(profile).append("' has ");
    message.append(problems.size() == 1 ? "a problem" : problems.size() + " problems").append(':');
    problems.forEach(p -> message.append("\n  - ").append(p.message().text(LocalizedText.ENGLISH)));
    return message.toString();
  }
}
