package io.github.gcmkit.io.report;

import io.github.gcmkit.io.Location;
import io.github.gcmkit.io.SourceMap;
import io.github.gcmkit.model.GcmStyle;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Provenance;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.NotEvaluated;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.model.MessageBundle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What every report writer is told besides the report: the profile's name, the fail level, the
 * language people read, where the validated elements stood in their files, the federation (for
 * the names of its networks) and whether the text may be coloured for a terminal. An immutable
 * value, of the same Immutables style as the model.
 */
@Value.Immutable
@GcmStyle
public abstract class ReportContext implements WithReportContext {

  ReportContext() {}

  /** A builder of a context; the profile, fail level, language and sources must be given. */
  public static Builder builder() {
    return new Builder();
  }

  /** The name of the profile the validation ran. */
  public abstract String profile();

  /** The least severity that fails the report. */
  public abstract Severity failLevel();

  /** {@code en} or {@code fr}. */
  public abstract String language();

  /** Where the elements stood in the files they were read from. */
  public abstract SourceMap sources();

  /** The federation validated, when it was one. */
  public abstract Optional<Federation> federation();

  /** Whether text may carry ANSI colours; {@code false} unless set. */
  @Value.Default
  public boolean colour() {
    return false;
  }

  /** The words of reports, in English and French. */
  static final MessageBundle WORDS = MessageBundle.load(name -> ReportContext.class.getResourceAsStream(name), "/io/github/gcmkit/io/report/report");

  /** The message {@code key} of the reports' bundle, in the report's language. */
  String word(String key, Object... args) {
    return WORDS.message(key, args).text(language());
  }

  /** {@code n} and the noun {@code key} in the singular or plural ({@code count.<key>.one|many}). */
  String count(int n, String key) {
    return word("count." + key + "." + (n == 1 ? "one" : "many"), n);
  }

  /** The severity's word in the report's language ({@code error}, {@code erreur}). */
  String severity(Severity severity) {
    return word("severity." + severity.name());
  }

  /**
   * "basis: interpreted" in the report's language when {@code finding} rests on a statement the
   * record marks as interpreted; empty when the document states it.
   */
  Optional<String> basis(Finding finding) {
    return finding.basis() == Provenance.STATED
        ? Optional.empty()
        : Optional.of(word("report.basis", word("basis." + finding.basis().name())));
  }

  /** Where {@code finding}'s element stood, if it was read from a file. */
  Optional<Location> where(Finding finding) {
    return sources().locate(finding);
  }

  /** Where the element not evaluated stood, if it was read from a file. */
  Optional<Location> where(NotEvaluated notEvaluated) {
    return sources().locate(notEvaluated);
  }

  /** Where the element an entry names stands, if it was read from a file. */
  Optional<Location> where(Baseline.Entry entry) {
    return sources().locate(entry);
  }

  /** The name of the network {@code id} in the report's language, if the federation has it. */
  Optional<String> networkName(String id) {
    return federation().flatMap(f -> f.network(id)).map(Network::name).map(this::text);
  }

  /** {@code text} in the report's language. */
  String text(LocalizedText text) {
    return text.text(language());
  }

  /** Builds {@link ReportContext}s. */
  public static class Builder extends ImmutableReportContext.Builder {}
}
