/**
 * The built-in rule catalogue: one class per rule, each citing its source, with bilingual titles,
 * rationales and messages in {@code messages.properties} and {@code messages_fr.properties}. Not
 * exported: applications reach the rules through {@link
 * io.github.gcmkit.rules.RuleCatalog#builtIn()}.
 */
@NullMarked
package io.github.gcmkit.rules.builtin;

import org.jspecify.annotations.NullMarked;
