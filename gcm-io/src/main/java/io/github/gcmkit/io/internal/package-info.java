/**
 * The machinery behind {@link io.github.gcmkit.io.GcmJson} and {@link io.github.gcmkit.io.GcmYaml}:
 * the located document tree, the reflective metadata of the model's value types, the binder that
 * collects every problem and the canonical emitter; the readers and writers of profiles, baselines
 * and reports. Not exported: nothing here is API.
 */
@NullMarked
package io.github.gcmkit.io.internal;

import org.jspecify.annotations.NullMarked;
