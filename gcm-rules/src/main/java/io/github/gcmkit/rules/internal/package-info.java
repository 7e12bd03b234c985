/**
 * Internals of the gcmkit rules engine shared by its packages: the bilingual message bundles. Not
 * exported; applications have no use for it.
 */
@NullMarked
package io.github.gcmkit.rules.internal;

import org.jspecify.annotations.NullMarked;
