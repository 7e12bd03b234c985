package io.github.gcmkit.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The findings an operation gave, counted so that JMH reports the time per finding beside the time
 * per operation, with its own error bars.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class FindingCount {

  /** Findings in this iteration. */
  public long findings;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    findings = 0;
  }
}
