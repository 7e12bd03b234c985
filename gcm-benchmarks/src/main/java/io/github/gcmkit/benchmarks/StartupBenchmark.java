package io.github.gcmkit.benchmarks;

import io.github.gcmkit.benchmarks.startup.Check;
import io.github.gcmkit.benchmarks.startup.Hello;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up: a new JVM that checks a federation the size of the bundled datasets (10 networks,
 * {@link Check}) against a new JVM that prints a line ({@link Hello}), both started from the
 * benchmarks jar; the same check with an application class-data archive (AppCDS) made by one
 * run of it; and the {@code gcm} command's own {@code ./gcm check --bundled}, run from the
 * repository root after a build.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
@SuppressWarnings("NullAway.Init")
public class StartupBenchmark {

  /** The networks of the checked federation: about as many as the bundled datasets hold today. */
  public static final int NETWORKS = 10;

  private Path directory;
  private Path federation;
  private Path archive;

  /** Writes the federation and makes the class-data archive. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("gcm-startup");
    federation = directory.resolve("federation.json");
    Files.write(federation, Corpus.json(Corpus.federation(NETWORKS)));
    archive = directory.resolve("check.jsa");
    run("-XX:ArchiveClassesAtExit=" + archive, Check.class.getName(), federation.toString());
  }

  /** Removes the files of the setup. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(federation);
    Files.deleteIfExists(archive);
    Files.deleteIfExists(directory);
  }

  /** The baseline: a JVM that prints a line. */
  @Benchmark
  public int helloWorld() {
    return run(Hello.class.getName());
  }

  /** A JVM that reads and validates the federation. */
  @Benchmark
  public int check() {
    return run(Check.class.getName(), federation.toString());
  }

  /** The same, with the application classes loaded from the class-data archive. */
  @Benchmark
  public int checkAppCds() {
    return run("-XX:SharedArchiveFile=" + archive, Check.class.getName(), federation.toString());
  }

  /**
   * The {@code gcm} command itself: {@code ./gcm check --bundled}, run from the repository root
   * after a build (the script rebuilds nothing then), with this JVM's Java.
   */
  @Benchmark
  public int gcmCheckBundled() {
    Path gcm = Path.of("gcm").toAbsolutePath();
    if (!Files.isExecutable(gcm)) {
      throw new IllegalStateException(gcm + " not found: run the benchmarks from the repository root");
    }
    return exec(List.of("/bin/sh", gcm.toString(), "check", "--bundled"));
  }

  /** Runs {@code java -cp <this jar> args...} to its end; its exit code, which must be 0. */
  private static int run(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.addAll(List.of(args));
    return exec(command);
  }

  private static int exec(List<String> command) {
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.INHERIT);
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      Process process = builder.start();
      int exit = process.waitFor();
      if (exit != 0) {
        throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
      }
      return exit;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
