/**
 * The programs whose start-up the start-up benchmark times: a hello-world program (the baseline)
 * and a minimal command that loads and validates a federation the size of the bundled datasets.
 */
@NullMarked
package io.github.gcmkit.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
