/**
 * The source documents of West and Central African UN migration networks as bundled datasets
 * ({@link io.github.gcmkit.examples.Datasets}): the regional network's charter and 2020-2021
 * workplan, Cameroon's 2023-24 workplan, Senegal's Terms of Reference in French with English
 * translations, the global UN Network on Migration, and the Sahel and Sahara webinar of 12 August 2020.
 */
@NullMarked
package io.github.gcmkit.examples;

import org.jspecify.annotations.NullMarked;
