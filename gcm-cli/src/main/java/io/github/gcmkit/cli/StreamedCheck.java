package io.github.gcmkit.cli;

import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.ReportPart;
import io.github.gcmkit.io.SourceMap;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.ConfiguredRule;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import io.github.gcmkit.rules.Validator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code gcm check} of NDJSON files alone, a line at a time, in memory that does not grow with
 * the number of lines: each document is validated on its own — a network or a federation as a
 * federation of its own, a charter or workplan alone — its report written and dropped. The rules
 * that compare networks across a federation ({@link Target#FEDERATION}) would judge each line
 * without the networks of the others, so they are left out, and the command says so.
 */
final class StreamedCheck {

  private final Validator validator;
  private final List<String> leftOut;
  private final Severity failLevel;
  private boolean failed;

  private StreamedCheck(Validator validator, List<String> leftOut, Severity failLevel) {
    this.validator = validator;
    this.leftOut = leftOut;
    this.failLevel = failLevel;
  }

  /**
   * The check of each line with {@code profile}'s rules but those of federations, configured by
   * {@code validator} (baseline, day), failing at {@code failLevel}.
   */
  static StreamedCheck of(Profile profile, Validator.Builder validator, Severity failLevel) {
    List<String> federationRules = Validator.of(profile).rules().stream()
        .filter(r -> r.rule().target().equals(Target.FEDERATION))
        .map(ConfiguredRule::id)
        .toList();
    Profile lines = federationRules.isEmpty()
        ? profile
        : Profile.builder(profile.name()).from(profile).exclude(federationRules.toArray(String[]::new)).build();
    return new StreamedCheck(validator.profile(lines).parallelism(1).build(), federationRules, failLevel);
  }

  /** The ids of the profile's rules that are not evaluated, because they compare networks across documents. */
  List<String> leftOut() {
    return leftOut;
  }

  /**
   * Checks that {@code line} can be validated on its own.
   *
   * @throws CommandException if it is a progress report or a joint programme, whose network is
   *     not in the line, or a kind that cannot be checked
   */
  static void admit(Documents.Line line) {
    GcmDocument document = Objects.requireNonNull(line.document());
    if (!(document.value() instanceof Charter) && !(document.value() instanceof Workplan)) {
      Inputs.federation(Map.of(line.source(), document));
    }
  }

  /** The report of {@code line}, a document validated on its own. */
  ReportPart part(Documents.Line line) {
    GcmDocument document = Objects.requireNonNull(line.document());
    Map<String, GcmDocument> one = Map.of(line.source(), document);
    Report report;
    Optional<Federation> federation = Optional.empty();
    if (document.value() instanceof Charter charter) {
      report = validator.validate(charter);
    } else if (document.value() instanceof Workplan workplan) {
      report = validator.validate(workplan);
    } else {
      Federation f = Inputs.federation(one);
      federation = Optional.of(f);
      report = validator.validate(f);
    }
    failed |= !report.passed(failLevel);
    return ReportPart.of(report, line.sources(), federation);
  }

  /**
   * The report of an empty federation: what a corpus without a document reports, so that the
   * report still lists the rules that ran.
   */
  ReportPart nothing() {
    Federation none = Federation.of(List.of());
    return ReportPart.of(validator.validate(none), SourceMap.none(), Optional.of(none));
  }

  /**
   * Whether a line validated so far has something at the fail level or above; every report
   * format goes through every line once for its totals, so after writing it speaks of them all.
   */
  boolean failed() {
    return failed;
  }
}
