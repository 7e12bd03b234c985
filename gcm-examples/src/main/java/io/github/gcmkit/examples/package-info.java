/**
 * The source documents of West and Central African UN migration networks as bundled datasets
 * ({@link io.github.gcmkit.examples.Datasets}): the regional network's charter and 2020-2021
 * workplan, Cameroon's 2023-24 workplan, Senegal's Terms of Reference in French with English
 * translations, the global UN Network on Migration, and the Sahel and Sahara webinar of 12 August 2020.
 *
 * <p>Example programs, each a short {@code main} to read and run: {@link
 * io.github.gcmkit.examples.ValidateFederation} (load and validate a federation), {@link
 * io.github.gcmkit.examples.CustomRuleAndProfile} (a rule and a profile of your own), {@link
 * io.github.gcmkit.examples.BuildAndRenderCharter} (a charter built in code, checked and rendered),
 * {@link io.github.gcmkit.examples.GcmCoverage} (the GCM objectives workplans serve), {@link
 * io.github.gcmkit.examples.CompareCharters} (two charters' governance side by side) and {@link
 * io.github.gcmkit.examples.CustomRuleProperties} (property tests of a custom rule).
 */
@NullMarked
package io.github.gcmkit.examples;

import org.jspecify.annotations.NullMarked;
