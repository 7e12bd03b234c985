package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.testkit.ModelGenerators;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A finding reported with a message supplier formats its message once, when first read. */
class LazyMessagesTest {

  private static final Workplan WORKPLAN = ModelGenerators.defaults().workplan().sample(3);

  @Test
  void aSuppliedMessageIsMadeOnlyWhenReadAndOnlyOnce() {
    AtomicInteger made = new AtomicInteger();
    AtomicInteger hinted = new AtomicInteger();
    Rule rule = Rule.builder("acme.workplan.lazy")
        .title("Every workplan is reported")
        .rationale("To count how often its message is made.")
        .severity(Severity.INFO)
        .check(Target.WORKPLAN, (Workplan w, RuleContext context) -> context.fail(
            "/title",
            () -> LocalizedText.en("Workplan " + w.id() + " (" + made.incrementAndGet() + ")"),
            () -> LocalizedText.en("hint " + hinted.incrementAndGet())))
        .build();
    Validator validator = Validator.builder()
        .catalog(RuleCatalog.of(rule))
        .profile(Profile.builder("lazy").include(Profile.ALL).build())
        .build();

    Report report = validator.validate(WORKPLAN);

    assertThat(made).hasValue(0);
    Finding finding = report.findings().get(0);
    assertThat(finding.ruleId()).isEqualTo("acme.workplan.lazy");
    assertThat(finding.pointer()).hasToString("/title");
    assertThat(made).hasValue(0);
    assertThat(finding.message().text()).isEqualTo("Workplan " + WORKPLAN.id() + " (1)");
    assertThat(finding.message().text()).isEqualTo("Workplan " + WORKPLAN.id() + " (1)");
    assertThat(made).hasValue(1);
    assertThat(hinted).hasValue(0);
    assertThat(finding.hint()).contains(LocalizedText.en("hint 1"));
    assertThat(finding.hint()).contains(LocalizedText.en("hint 1"));
  }

  @Test
  void aSuppliedMessageGivesTheSameFindingAsTheSameTextGivenDirectly() {
    Rule lazy = Rule.builder("acme.workplan.title")
        .title("t").rationale("r").severity(Severity.WARNING)
        .check(Target.WORKPLAN, (Workplan w, RuleContext c) ->
            c.fail(Severity.INFO, "/title", () -> LocalizedText.en(w.id())))
        .build();
    Rule eager = Rule.builder("acme.workplan.title")
        .title("t").rationale("r").severity(Severity.WARNING)
        .check(Target.WORKPLAN, (Workplan w, RuleContext c) ->
            c.fail(Severity.INFO, "/title", LocalizedText.en(w.id())))
        .build();
    Profile all = Profile.builder("all").include(Profile.ALL).build();
    Report fromSupplier = Validator.builder().catalog(RuleCatalog.of(lazy)).profile(all).build().validate(WORKPLAN);
    Report fromText = Validator.builder().catalog(RuleCatalog.of(eager)).profile(all).build().validate(WORKPLAN);
    assertThat(fromSupplier.findings()).isEqualTo(fromText.findings());
    assertThat(fromSupplier.findings()).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }
}
