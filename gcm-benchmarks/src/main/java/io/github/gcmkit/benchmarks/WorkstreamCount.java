package io.github.gcmkit.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The workstreams an operation went through, counted so that JMH reports the time per workstream
 * beside the time per operation, with its own error bars.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class WorkstreamCount {

  /** Workstreams processed in this iteration. */
  public long workstreams;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    workstreams = 0;
  }
}
