package io.github.gcmkit.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code gcm} command: checks, renders and compares the charters and workplans of UN migration
 * networks in the gcmkit format, or the bundled datasets.
 *
 * <pre>{@code
 * gcm check --bundled
 * gcm render --bundled sn --format html > senegal.html
 * }</pre>
 */
@Command(
    name = "gcm",
    mixinStandardHelpOptions = true,
    versionProvider = Gcm.Version.class,
    description = "Check, render and compare the charters and workplans of UN migration networks.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   done; for check, nothing found at or above the fail level",
      "  1   check found something at or above the fail level",
      "  2   an input cannot be read, the output cannot be written,",
      "      or the command line is wrong",
      "  3   out of memory (raise the heap: JAVA_TOOL_OPTIONS=-Xmx…),",
      "      or an unexpected internal error",
      "",
      "Run 'gcm COMMAND --help' for the options of a command."
    })
public class Gcm implements Callable<Integer> {

  /** Exit code: done, and for {@code check} nothing at or above the fail level. */
  static final int OK = 0;

  /** Exit code: {@code check} found something at or above the fail level. */
  static final int FOUND = 1;

  /** Exit code: an input cannot be read, the output cannot be written, or the command line is wrong. */
  static final int UNREADABLE = 2;

  /** Exit code: the heap ran out, or an unexpected internal error. */
  static final int INTERNAL = 3;

  @Spec CommandSpec spec = CommandSpec.create();

  private final boolean terminal;
  private final Clock clock;

  private Gcm(boolean terminal, Clock clock) {
    this.terminal = terminal;
    this.clock = clock;
  }

  /**
   * Runs the command line {@code args} and exits with its exit code: 2 when the output could not be
   * written (a full disk, a closed stream; quietly for a broken pipe), 3 when the heap ran out.
   */
  public static void main(String[] args) {
    WatchedOutput stdout = new WatchedOutput(new FileOutputStream(FileDescriptor.out));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, Charset.defaultCharset()));
    CommandLine commandLine = commandLine(Style.terminal(), Clock.systemDefaultZone(), args);
    commandLine.setOut(out);
    int code;
    try {
      code = commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      System.err.println("gcm: " + Messages.text(Messages.language(commandLine.getParseResult()), "out-of-memory"));
      code = INTERNAL;
    } catch (StackOverflowError e) {
      // A bug (input too deep for some code that recurses), never a result: one line, not a trace.
      System.err.println("gcm: " + Messages.text(Messages.language(commandLine.getParseResult()), "internal-error", e));
      code = INTERNAL;
    }
    out.flush();
    if (stdout.failure() != null && code != INTERNAL) {
      if (!stdout.brokenPipe()) {
        String language = Messages.language(commandLine.getParseResult());
        System.err.println("gcm: " + Messages.text(language, "output.unwritable", Errors.describe(stdout.failure(), language)));
      }
      code = UNREADABLE;
    }
    System.exit(code);
  }

  /**
   * The configured command line with every subcommand; {@code terminal} says whether its output
   * goes to a terminal (and may be coloured). Set its output and error writers to capture them.
   */
  static CommandLine commandLine(boolean terminal) {
    return commandLine(terminal, Clock.systemDefaultZone());
  }

  /**
   * The configured command line with every subcommand, as {@link #commandLine(boolean)}, whose
   * today is read from {@code clock} (in the clock's zone unless {@code --zone} names another).
   */
  static CommandLine commandLine(boolean terminal, Clock clock) {
    return commandLine(terminal, clock, new String[0]);
  }

  /**
   * The configured command line for the arguments {@code args}, as {@link #commandLine(boolean,
   * Clock)}, with only the subcommands they need: the one they name first, none for {@code
   * --version} alone, or every subcommand when they name none (the usage lists them all; {@code
   * help} and an unknown name are matched against them all). Building a subcommand's model reads
   * its options by reflection, which a run of another command need not pay for at start-up.
   */
  static CommandLine commandLine(boolean terminal, Clock clock, String[] args) {
    CommandLine commandLine = new CommandLine(new Gcm(terminal, clock));
    CommandLine.IFactory factory = CommandLine.defaultFactory();
    Class<?>[] subcommands = Tree.class.getAnnotation(Command.class).subcommands();
    Class<?> named = args.length == 0 ? null : named(subcommands, args[0]);
    boolean versionAlone = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    for (Class<?> subcommand : subcommands) {
      if (!versionAlone && (named == null || named == subcommand)) {
        try {
          commandLine.addSubcommand(factory.create(subcommand));
        } catch (Exception e) {
          throw new IllegalStateException("gcm cannot create its subcommand " + subcommand.getName(), e);
        }
      }
    }
    Errors errors = new Errors();
    commandLine.setExecutionExceptionHandler(errors);
    commandLine.setParameterExceptionHandler(errors);
    commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
        terminal ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    return commandLine;
  }

  /** The subcommand among {@code subcommands} named {@code name}, other than {@code help}; or null. */
  private static @Nullable Class<?> named(Class<?>[] subcommands, String name) {
    for (Class<?> subcommand : subcommands) {
      Command command = subcommand.getAnnotation(Command.class);
      if (command.name().equals(name) && !command.helpCommand()) {
        return subcommand;
      }
    }
    return null;
  }

  /** Whether output goes to a terminal, so that reports may be coloured. */
  boolean terminal() {
    return terminal;
  }

  /** The clock that says what day today is, in the system's time zone unless a test fixes it. */
  Clock clock() {
    return clock;
  }

  /** The root command of the command {@code spec} belongs to. */
  static Gcm of(CommandSpec spec) {
    return (Gcm) spec.root().userObject();
  }

  /** Without a subcommand: the usage, on standard error, as a command-line error. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    spec.commandLine().usage(err);
    return UNREADABLE;
  }

  /**
   * The whole command, every subcommand with it: what the usage lists, and the class that picocli's
   * man-page and completion generators are given at package time. A run builds the model of the
   * subcommand it names only ({@link #commandLine(boolean, Clock, String[])}).
   */
  @Command(
      subcommands = {
        CheckCommand.class,
        RenderCommand.class,
        TimelineCommand.class,
        GraphCommand.class,
        CoverageCommand.class,
        ProgressCommand.class,
        DiffCommand.class,
        SchemaCommand.class,
        RulesCommand.class,
        ProfileCommand.class,
        EntitiesCommand.class,
        FormatCommand.class,
        GenerateCommand.class,
        CommandLine.HelpCommand.class
      })
  static final class Tree extends Gcm {

    /** For picocli's generators, which build the command by reflection. */
    private Tree() {
      super(false, Clock.systemDefaultZone());
    }
  }

  /** The version of gcmkit the tool was built from. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Gcm.class.getPackage().getImplementationVersion();
      return new String[] {"gcm (gcmkit) " + (version == null ? "development build" : version)};
    }
  }
}
