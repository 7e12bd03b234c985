package io.github.gcmkit.benchmarks.startup;

/** The baseline of the start-up benchmark: a JVM that starts, prints a line and exits. */
public final class Hello {

  private Hello() {}

  /** Prints a greeting. */
  public static void main(String[] args) {
    System.out.println("Hello, world");
  }
}
