package io.github.gcmkit.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Message;
import io.github.gcmkit.model.MessageBundle;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.Workstream;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleCatalog;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import io.github.gcmkit.rules.Validator;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of findings: ten simple workstream rules over a 1,000-network federation, run by the
 * {@link Validator} and by a plain Java loop of the same checks (the baseline), with few findings
 * and with many: on the federation of seed 42, 79 ({@code few}) and 30,211 ({@code many}, about 30
 * a network). A check fails when a hash of the workstream's id, its priority's index and its own
 * is a multiple of the period; the ids repeat from network to network ({@code 1.1} in every one),
 * so the failures fall unevenly: with {@code few} only three of the rules fail anywhere, and with
 * {@code many} rules {@code r} and {@code r + 7} fail on the same workstreams. The loop records what
 * a finding is — rule, severity, network, JSON Pointer and message, the message made as the rule
 * makes it ({@code keyed}, a bundle's key and arguments, as the built-in rules report; {@code
 * lazy}, a supplier; {@code eager}, the text) — in a list, in document order; the validator also
 * places each finding in its subject's record (stated, interpreted, partial), sorts the findings
 * into the report's order and counts them. Messages are worded only when read. The time per
 * finding is the difference from the loop divided by {@link FindingCount#findings}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
@SuppressWarnings("NullAway.Init")
public class FindingsBenchmark {

  /** How many networks the federation has. */
  public static final int NETWORKS = 1_000;

  /** How many rules check each workstream. */
  public static final int RULES = 10;

  /**
   * The period of a rule's failures ({@code few}: 500; {@code many}: 7): one check in about 7 fails
   * with {@code many}, one in about 2,600 with {@code few} (see the class's comment).
   */
  @Param({"few", "many"})
  public String findings;

  /**
   * How the rules give their messages: as a bundle's key and arguments ({@code keyed}, as the
   * built-in rules do), as a supplier ({@code lazy}) or as text ({@code eager}).
   */
  @Param({"keyed", "lazy", "eager"})
  public String messages;

  /** The benchmark rules' messages, in English and French. */
  private static final MessageBundle WORDS =
      MessageBundle.load(name -> FindingsBenchmark.class.getResourceAsStream(name), "/io/github/gcmkit/benchmarks/findings");

  private Federation federation;
  private Validator validator;
  private int period;
  private int expected;

  /** Generates the federation, builds the rules and checks that loop and validator agree. */
  @Setup(Level.Trial)
  public void setUp() {
    federation = Corpus.federation(NETWORKS);
    period = findings.equals("few") ? 500 : 7;
    List<Rule> rules = new ArrayList<>();
    for (int r = 0; r < RULES; r++) {
      rules.add(rule(r, period, messages));
    }
    RuleCatalog catalog = RuleCatalog.of(rules);
    validator =
        Validator.builder()
            .catalog(catalog)
            .profile(Profile.builder("bench").include(Profile.ALL).build())
            .build();
    expected = loop().size();
    Report report = validator.validate(federation);
    if (report.findings().size() != expected) {
      throw new IllegalStateException(
          "the validator found " + report.findings().size() + ", the loop " + expected);
    }
  }

  /** The validator: findings checked, recorded, sorted; messages formatted only if read. */
  @Benchmark
  public Report validator(FindingCount count) {
    count.findings += expected;
    return validator.validate(federation);
  }

  /** The validator's findings with every message read, as a report writer reads them. */
  @Benchmark
  public int validatorRendered(FindingCount count) {
    count.findings += expected;
    int length = 0;
    for (var finding : validator.validate(federation).findings()) {
      length += finding.message(LocalizedText.ENGLISH).length();
    }
    return length;
  }

  /** The same checks in a plain loop: the baseline. */
  @Benchmark
  public List<Found> loop(FindingCount count) {
    count.findings += expected;
    return loop();
  }

  private List<Found> loop() {
    List<Found> found = new ArrayList<>();
    ImmutableList<Network> networks = federation.networks();
    for (int n = 0; n < networks.size(); n++) {
      Network network = networks.get(n);
      for (int k = 0; k < network.workplans().size(); k++) {
        ImmutableList<Priority> priorities = network.workplans().get(k).priorities();
        for (int p = 0; p < priorities.size(); p++) {
          ImmutableList<Workstream> workstreams = priorities.get(p).workstreams();
          for (int w = 0; w < workstreams.size(); w++) {
            for (int r = 0; r < RULES; r++) {
              if (fails(r, p, w, workstreams.get(w), period)) {
                found.add(new Found(
                    "bench.rule-" + r,
                    Severity.WARNING,
                    network.id(),
                    "/networks/" + n + "/workplans/" + k + "/priorities/" + p + "/workstreams/" + w,
                    message(messages, r, workstreams.get(w))));
              }
            }
          }
        }
      }
    }
    return found;
  }

  /** One finding of the loop: what a {@code Finding} records, its message as the rule gives it. */
  public record Found(String rule, Severity severity, String network, String pointer, Message message) {}

  /** The message the rule gives, as {@link RuleContext}'s {@code fail} methods record it. */
  private static Message message(String messages, int rule, Workstream workstream) {
    return switch (messages) {
      case "keyed" -> WORDS.message("fails", workstream.id(), rule);
      case "lazy" -> Message.of(() -> message(rule, workstream));
      default -> Message.of(message(rule, workstream));
    };
  }

  private static boolean fails(int rule, int priority, int index, Workstream workstream, int period) {
    return Math.floorMod(workstream.id().hashCode() * 31 + priority * 7 + index + rule, period) == 0;
  }

  private static Rule rule(int r, int period, String messages) {
    return Rule.builder("bench.rule-" + r)
        .title("Workstream check " + r)
        .rationale("A simple check of every workstream, for the benchmark.")
        .severity(Severity.WARNING)
        .check(Target.WORKPLAN, (Workplan workplan, RuleContext context) -> {
          ImmutableList<Priority> priorities = workplan.priorities();
          for (int p = 0; p < priorities.size(); p++) {
            ImmutableList<Workstream> workstreams = priorities.get(p).workstreams();
            for (int w = 0; w < workstreams.size(); w++) {
              Workstream workstream = workstreams.get(w);
              if (fails(r, p, w, workstream, period)) {
                String pointer = "/priorities/" + p + "/workstreams/" + w;
                switch (messages) {
                  case "keyed" -> context.fail(pointer, WORDS.message("fails", workstream.id(), r));
                  case "lazy" -> context.fail(pointer, () -> message(r, workstream));
                  default -> context.fail(pointer, message(r, workstream));
                }
              }
            }
          }
        })
        .build();
  }

  private static LocalizedText message(int rule, Workstream workstream) {
    return LocalizedText.en("Workstream " + workstream.id() + " fails check " + rule + ".")
        .withTranslation(LocalizedText.FRENCH,
            "Le volet " + workstream.id() + " ne passe pas le contrôle " + rule + ".");
  }
}
