/**
 * JMH benchmarks of gcmkit: reading, writing, validating and starting up, each against a baseline
 * measured in the same run, and the programs that measure memory and generate the report.
 *
 * <p>Run them from the shaded jar: {@code java -jar gcm-benchmarks/target/benchmarks.jar}. See
 * {@code docs/performance.md}.
 */
@NullMarked
package io.github.gcmkit.benchmarks;

import org.jspecify.annotations.NullMarked;
