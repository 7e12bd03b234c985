package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution that {@code package} built, unpacked as a user would and run through its POSIX
 * launcher from another folder: a few Java start-ups in all ({@code --version}, {@code check
 * --bundled}, and {@code --version} with the class-data-sharing archive on the Javas this machine
 * has); the launcher's own errors start none.
 */
@DisabledOnOs(OS.WINDOWS)
class DistributionIT {

  static final String VERSION = System.getProperty("gcm.version", "");
  static final Path TARGET = Path.of("target");

  @TempDir static Path unpacked;
  static Path home;

  @BeforeAll
  static void unpackTheTarball() throws Exception {
    Path tarball = TARGET.resolve("gcm-" + VERSION + ".tar.gz");
    assertThat(tarball).as("built by package").isRegularFile();
    assertThat(run(unpacked, Map.of(), "tar", "-xzf", tarball.toAbsolutePath().toString()).exitCode()).isZero();
    home = unpacked.resolve("gcm-" + VERSION);
  }

  @Test
  void holdsTheLaunchersTheJarTheManPagesTheCompletionAndTheLicences() throws IOException {
    assertThat(home.resolve("bin/gcm")).isExecutable();
    assertThat(Files.readString(home.resolve("bin/gcm.cmd"))).contains("\r\n").contains("JAVA_OPTS");
    try (JarFile jar = new JarFile(home.resolve("lib/gcm-cli-" + VERSION + ".jar").toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(Gcm.class.getName());
      // Nothing test-only at run time: no property-testing or test library is in the jar.
      assertThat(jar.stream().map(JarEntry::getName))
          .noneMatch(name -> name.startsWith("org/quicktheories/") || name.startsWith("org/junit/")
              || name.startsWith("org/assertj/"));
    }
    assertThat(home.resolve("README.md")).isRegularFile();
    assertThat(home.resolve("LICENSE")).isRegularFile();
    assertThat(home.resolve("licenses/META-INF/NOTICE")).isRegularFile();

    Set<String> commands = Gcm.commandLine(false).getSubcommands().keySet();
    assertThat(home.resolve("man/gcm.adoc")).content().contains(":doctype: manpage");
    commands.forEach(c -> assertThat(home.resolve("man/gcm-" + c + ".adoc")).isRegularFile());
    String completion = Files.readString(home.resolve("completion/gcm_completion"));
    assertThat(completion).contains("complete -F _complete_gcm", "bashcompinit");
    commands.forEach(c -> assertThat(completion).contains(c));
  }

  @Test
  void theZipHoldsWhatTheTarballHolds() throws IOException {
    Set<String> inZip = new TreeSet<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(TARGET.resolve("gcm-" + VERSION + ".zip")))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.isDirectory()) {
          inZip.add(entry.getName());
        }
      }
    }
    Set<String> inTarball;
    try (Stream<Path> files = Files.walk(unpacked)) {
      inTarball = files.filter(Files::isRegularFile)
          .map(f -> unpacked.relativize(f).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(inZip).isEqualTo(inTarball);
  }

  @Test
  void runsFromAnyFolderWithTheJavaOfJavaHome(@TempDir Path elsewhere) throws Exception {
    Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"));
    Launched version = run(elsewhere, env, home.resolve("bin/gcm").toString(), "--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).isEqualTo("gcm (gcmkit) " + VERSION + "\n");

    Launched check = run(elsewhere, env, home.resolve("bin/gcm").toString(), "check", "--bundled");
    Run inProcess = Run.gcm("check", "--bundled");
    assertThat(check.exitCode()).isIn(0, 1).isEqualTo(inProcess.exitCode());
    assertThat(check.out()).isEqualTo(inProcess.out());
  }

  @Test
  void javaOptsGoToTheJavaVirtualMachine(@TempDir Path dir) throws Exception {
    Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"), "JAVA_OPTS", "-Xshare:auto -XX:+NoSuchGcmOption");
    Launched run = run(dir, env, home.resolve("bin/gcm").toString(), "--version");
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("NoSuchGcmOption");
  }

  @Test
  void aJavaHomeWithoutJavaIsNamed(@TempDir Path empty) throws Exception {
    Launched run = run(empty, Map.of("JAVA_HOME", empty.toString()), home.resolve("bin/gcm").toString(), "--version");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("gcm: JAVA_HOME is '" + empty + "', but it has no bin/java");
  }

  @Test
  void aJavaOlderThan17IsRefusedWithItsVersion(@TempDir Path old) throws Exception {
    Path java = Files.createDirectories(old.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\nexit 0\n");
    assertThat(java.toFile().setExecutable(true)).isTrue();
    Files.writeString(old.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"11.0.2\"\n");
    Launched run = run(old, Map.of("JAVA_HOME", old.toString()), home.resolve("bin/gcm").toString(), "--version");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("is version 11.0.2, but gcm needs Java 17 or newer");
  }

  @Test
  void onJava19OrNewerTheLauncherKeepsAClassDataSharingArchiveInTheUserCache(@TempDir Path dir) throws Exception {
    Optional<Path> newer = javaHome(major -> major >= 19);
    assumeTrue(newer.isPresent(), "no Java 19 or newer on this machine");
    Path cache = dir.resolve("cache");
    Map<String, String> env = Map.of("JAVA_HOME", newer.get().toString(), "XDG_CACHE_HOME", cache.toString());

    Launched first = run(dir, env, home.resolve("bin/gcm").toString(), "--version");
    assertThat(first.exitCode()).isZero();
    assertThat(first.err()).isEmpty();
    assertThat(archives(cache.resolve("gcm")))
        .singleElement()
        .satisfies(name -> assertThat(name).startsWith("gcm-" + VERSION + "-java-").endsWith(".jsa"));
    Launched second = run(dir, env, home.resolve("bin/gcm").toString(), "--version");
    assertThat(second).isEqualTo(first);

    Launched off = run(dir, Map.of("JAVA_HOME", newer.get().toString(), "XDG_CACHE_HOME",
        dir.resolve("other").toString(), "GCM_CDS", "off"), home.resolve("bin/gcm").toString(), "--version");
    assertThat(off).isEqualTo(first);
    assertThat(dir.resolve("other")).doesNotExist();
  }

  @Test
  void onJava17Or18TheLauncherStartsWithoutAnArchive(@TempDir Path dir) throws Exception {
    Optional<Path> older = javaHome(major -> major == 17 || major == 18);
    assumeTrue(older.isPresent(), "no Java 17 or 18 on this machine");
    Map<String, String> env = Map.of("JAVA_HOME", older.get().toString(), "XDG_CACHE_HOME", dir.resolve("cache").toString());

    Launched run = run(dir, env, home.resolve("bin/gcm").toString(), "--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(dir.resolve("cache")).doesNotExist();
  }

  /** The Java running the tests, or one installed beside it, whose major version passes {@code wanted}. */
  private static Optional<Path> javaHome(IntPredicate wanted) throws IOException {
    Path running = Path.of(System.getProperty("java.home"));
    List<Path> homes = new ArrayList<>(List.of(running));
    Path folder = running.getParent();
    if (folder != null) {
      try (Stream<Path> beside = Files.list(folder)) {
        beside.sorted().forEach(homes::add);
      }
    }
    for (Path candidate : homes) {
      Path release = candidate.resolve("release");
      if (Files.isRegularFile(release) && Files.isExecutable(candidate.resolve("bin/java"))) {
        for (String line : Files.readAllLines(release)) {
          if (line.startsWith("JAVA_VERSION=\"")) {
            String version = line.substring("JAVA_VERSION=\"".length()).replace("\"", "");
            String major = version.split("[^0-9]", 2)[0];
            if (!major.isEmpty() && wanted.test(Integer.parseInt(major))) {
              return Optional.of(candidate);
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> archives(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jsa")).collect(Collectors.toList());
    }
  }

  /** What a process wrote and its exit code. */
  record Launched(int exitCode, String out, String err) {}

  static Launched run(Path dir, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(dir.toFile());
    builder.environment().remove("JAVA_OPTS");
    builder.environment().putAll(env);
    Path err = Files.createTempFile(dir, "err", ".txt");
    builder.redirectError(err.toFile());
    Process process = builder.start();
    process.getOutputStream().close();
    String out;
    try (InputStream in = process.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished: %s", new ArrayList<>(List.of(command))).isTrue();
    String errors = Files.readString(err);
    Files.delete(err);
    return new Launched(process.exitValue(), out, errors);
  }
}
