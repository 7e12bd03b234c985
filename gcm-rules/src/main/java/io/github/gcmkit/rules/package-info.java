/**
 * The gcmkit rules engine: {@link io.github.gcmkit.rules.Rule rules} that check charters,
 * workplans, networks and federations of networks, {@link io.github.gcmkit.rules.Profile profiles}
 * that select and tailor them, {@link io.github.gcmkit.rules.Baseline baselines} of accepted
 * findings, the {@link io.github.gcmkit.rules.Validator} that runs them and the {@link
 * io.github.gcmkit.rules.Report} it returns.
 *
 * <pre>{@code
 * Report report = Validator.of(Profile.baseline()).validate(network);
 * System.out.println(report);
 * }</pre>
 *
 * <p>The built-in catalogue ({@link io.github.gcmkit.rules.RuleCatalog#builtIn()}) holds the rules
 * drawn from the source documents and the GCM's guiding principles; {@code docs/rules.md} lists
 * them. Applications add their own rules in plain Java ({@link io.github.gcmkit.rules.Rule#of}) or
 * as a {@link io.github.gcmkit.rules.RulePack} found through {@link java.util.ServiceLoader}, and
 * check them against the general {@link io.github.gcmkit.rules.RuleLaws laws} every rule obeys.
 *
 * <p>Every type is immutable and thread-safe; no method takes or returns {@code null}.
 */
@NullMarked
package io.github.gcmkit.rules;

import org.jspecify.annotations.NullMarked;
