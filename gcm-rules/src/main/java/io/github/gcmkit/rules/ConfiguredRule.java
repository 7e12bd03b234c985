package io.github.gcmkit.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.model.GcmStyle;
import org.immutables.value.Value;

/**
 * A rule as a resolved {@link Profile} runs it: the rule, the severity of its findings and the
 * value of each of its parameters (the profile's, or else the default). What {@link
 * Profile#resolve(RuleCatalog)} gives and a {@link Report} lists.
 */
@Value.Immutable(builder = false, copy = false)
@GcmStyle
public abstract class ConfiguredRule {

  ConfiguredRule() {}

  /** The rule. Two configured rules are equal only of the same rule object, with equal settings. */
  @Value.Parameter
  public abstract Rule rule();

  /** The severity of the rule's findings. */
  @Value.Parameter
  public abstract Severity severity();

  /** Every parameter's value, by name, in the rule's declaration order. */
  @Value.Parameter
  public abstract ImmutableMap<String, Object> parameters();

  /** The rule's id. */
  public String id() {
    return rule().id();
  }

  /**
   * The value of {@code parameter}.
   *
   * @throws IllegalArgumentException if the rule does not declare {@code parameter}
   */
  public <T> T parameter(Parameter<T> parameter) {
    Object value = parameters().get(parameter.name());
    checkArgument(
        value != null && rule().parameter(parameter.name()).isPresent(),
        "rule '%s' does not declare the parameter %s",
        rule().id(),
        parameter.name());
    return parameter.convert(value);
  }

  @Override
  public String toString() {
    return rule().id() + " " + severity() + (parameters().isEmpty() ? "" : " " + parameters());
  }
}
