package io.github.gcmkit.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Objects;

/**
 * A rule as a resolved {@link Profile} runs it: the rule, the severity of its findings and the
 * value of each of its parameters (the profile's, or else the default). What {@link
 * Profile#resolve(RuleCatalog)} gives and a {@link Report} lists.
 */
public final class ConfiguredRule {

  private final Rule rule;
  private final Severity severity;
  private final ImmutableMap<String, Object> parameters;

  ConfiguredRule(Rule rule, Severity severity, ImmutableMap<String, Object> parameters) {
    this.rule = rule;
    this.severity = severity;
    this.parameters = parameters;
  }

  /** The rule. */
  public Rule rule() {
    return rule;
  }

  /** The rule's id. */
  public String id() {
    return rule.id();
  }

  /** The severity of the rule's findings. */
  public Severity severity() {
    return severity;
  }

  /** Every parameter's value, by name, in the rule's declaration order. */
  public ImmutableMap<String, Object> parameters() {
    return parameters;
  }

  /**
   * The value of {@code parameter}.
   *
   * @throws IllegalArgumentException if the rule does not declare {@code parameter}
   */
  public <T> T parameter(Parameter<T> parameter) {
    Object value = parameters.get(parameter.name());
    checkArgument(
        value != null && rule.parameter(parameter.name()).isPresent(),
        "rule '%s' does not declare the parameter %s",
        rule.id(),
        parameter.name());
    return parameter.convert(value);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ConfiguredRule that)) {
      return false;
    }
    return rule == that.rule && severity == that.severity && parameters.equals(that.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule.id(), severity, parameters);
  }

  @Override
  public String toString() {
    return rule.id() + " " + severity + (parameters.isEmpty() ? "" : " " + parameters);
  }
}
