/**
 * The machinery behind {@link io.github.gcmkit.io.GcmJson} and {@link io.github.gcmkit.io.GcmYaml}:
 * the checked tokens of a document, the table of the model's value types (found by reflection over
 * their builders and accessors), the binder that reads the model from the tokens in one pass and
 * collects every problem with its location, and the canonical emitter; the small located tree of
 * profiles and baselines with their readers and writers; the writers of reports. Not exported:
 * nothing here is API.
 */
@NullMarked
package io.github.gcmkit.io.internal;

import org.jspecify.annotations.NullMarked;
