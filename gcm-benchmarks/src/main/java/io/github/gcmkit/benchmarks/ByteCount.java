package io.github.gcmkit.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The bytes of JSON an operation read or wrote, counted so that JMH reports the time per byte
 * beside the time per operation, with its own error bars.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ByteCount {

  /** Bytes of JSON read or written in this iteration. */
  public long bytes;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    bytes = 0;
  }
}
