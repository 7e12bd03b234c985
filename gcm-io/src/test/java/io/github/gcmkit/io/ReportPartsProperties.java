package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static io.github.gcmkit.testkit.QuickTheoriesGenerators.gen;

import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Validator;
import io.github.gcmkit.testkit.ModelGenerators;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A report written in parts is the report written whole: the networks of a federation, each
 * validated on its own by rules that look at one network at a time, give in every format the
 * bytes of the federation's one report. (A report of no part at all lists no rule: whoever
 * streams parts gives at least one.)
 */
class ReportPartsProperties {

  private static final ModelGenerators MODELS = ModelGenerators.defaults();

  /**
   * Every rule but those that look beyond one network: the federation's, and the dated references,
   * which look an event up among every network's.
   */
  private static final Profile NETWORKS = Profile.builder("networks").include(Profile.ALL)
      .exclude("federation.*", "workplan.dated-reference-in-period").build();

  private static final Validator VALIDATOR = Validator.of(NETWORKS);

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void aReportWrittenInPartsIsTheReportWrittenWhole(ReportFormat format) {
    qt().withExamples(20).withShrinkCycles(20).forAll(gen(MODELS.federation()))
        .assuming(generated -> !generated.networks().isEmpty()).checkAssert(generated -> {
      // Networks in the order the report sorts them, without events (a part would not see them);
      // at least one, as a report of no part lists no rule.
      Federation federation = Federation.of(generated.networks().stream()
          .sorted(Comparator.comparing(Network::id)).toList());
      for (String language : List.of("en", "fr")) {
        GcmReports reports = GcmReports.of(NETWORKS.name()).withLanguage(language).withFailLevel(Severity.WARNING);
        StringWriter whole = new StringWriter();
        reports.withFederation(federation).write(VALIDATOR.validate(federation), format, whole);
        StringWriter parts = new StringWriter();
        reports.write(() -> parts(federation), format, parts);
        assertThat(parts.toString()).isEqualTo(whole.toString());
      }
    });
  }

  @Test
  void thePartsAreStreamedAgainForEachPassAndClosedEachTime() {
    Federation federation = MODELS.federation().sample(7);
    AtomicInteger made = new AtomicInteger();
    AtomicInteger closed = new AtomicInteger();
    Supplier<Stream<ReportPart>> parts = () -> {
      made.incrementAndGet();
      return parts(federation).onClose(closed::incrementAndGet);
    };
    for (ReportFormat format : ReportFormat.values()) {
      GcmReports.of(NETWORKS.name()).write(parts, format, new StringWriter());
    }
    assertThat(made.get()).isGreaterThanOrEqualTo(ReportFormat.values().length).isEqualTo(closed.get());
  }

  private static Stream<ReportPart> parts(Federation federation) {
    return federation.networks().stream().map(n -> {
      Federation one = Federation.of(List.of(n));
      return ReportPart.of(VALIDATOR.validate(one), SourceMap.none(), Optional.of(one));
    });
  }
}
