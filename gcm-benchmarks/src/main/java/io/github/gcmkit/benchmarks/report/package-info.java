/**
 * Turns the results of a benchmark run (JMH's JSON, and the memory and streaming programs' JSON)
 * into the table and the scaling plot of {@code docs/performance.md}.
 */
@NullMarked
package io.github.gcmkit.benchmarks.report;

import org.jspecify.annotations.NullMarked;
