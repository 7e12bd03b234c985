package io.github.gcmkit.rules;

/**
 * What a {@link Rule} does with its subject: inspect it and tell the {@link RuleContext} what fails
 * or what cannot be decided. A check reports; it never throws for a subject that breaks the rule.
 *
 * <p>A check must be stateless and depend only on its subject and its context, so that the
 * {@link Validator} can run it on many subjects at once and always get the same findings (see
 * {@link RuleLaws}).
 *
 * @param <T> the model type checked
 */
@FunctionalInterface
public interface Check<T> {

  /** Checks {@code subject}, reporting every failure to {@code context}. */
  void check(T subject, RuleContext context);
}
