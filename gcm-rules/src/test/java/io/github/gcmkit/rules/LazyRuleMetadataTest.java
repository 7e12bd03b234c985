package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Message;
import io.github.gcmkit.model.workplan.Workplan;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A rule's title, rationale, parameter descriptions and citations given to be read later are read
 * when first asked for, once, and then read as the same rule given them at once.
 */
class LazyRuleMetadataTest {

  private static final RuleSource SOURCE = RuleSource.builder()
      .document("Acme platform guide").url(URI.create("https://acme.example/guide")).locator("§ 2").build();

  private static Rule.Builder rule() {
    return Rule.builder("acme.workplan.titled").severity(Severity.WARNING)
        .check(Target.WORKPLAN, (Workplan w, RuleContext c) -> { });
  }

  @Test
  void citationsGivenForLaterAreSetWhenOneIsFirstReadAndOnce() {
    AtomicInteger cited = new AtomicInteger();
    Rule later = rule().title("t").rationale("r")
        .citations(b -> {
          cited.incrementAndGet();
          b.source(SOURCE).level(NormativeLevel.SHOULD).generalised(true).since("1.2.0");
        })
        .build();
    Rule now = rule().title("t").rationale("r")
        .source(SOURCE).level(NormativeLevel.SHOULD).generalised(true).since("1.2.0").build();

    assertThat(cited).hasValue(0);
    assertThat(later.since()).isEqualTo(now.since()).contains("1.2.0");
    assertThat(later.sources()).isEqualTo(now.sources()).containsExactly(SOURCE);
    assertThat(later.level()).isEqualTo(now.level());
    assertThat(later.generalised()).isEqualTo(now.generalised()).isTrue();
    assertThat(cited).hasValue(1);
  }

  @Test
  void citationsGivenForLaterReplaceThoseSetAtOnce() {
    Rule rule = rule().title("t").rationale("r")
        .source(SOURCE).level(NormativeLevel.MUST).since("0.1.0")
        .citations(b -> b.level(NormativeLevel.GOOD_PRACTICE))
        .build();

    assertThat(rule.level()).contains(NormativeLevel.GOOD_PRACTICE);
    assertThat(rule.sources()).isEmpty();
    assertThat(rule.since()).isEmpty();
  }

  @Test
  void citationsThatFailAreAnErrorOfWhoeverReadsThem() {
    Rule rule = rule().title("t").rationale("r")
        .citations(b -> {
          throw new IllegalStateException("sources.properties has no 'acme.workplan.titled.since'");
        })
        .build();

    assertThat(rule.title().text()).isEqualTo("t");
    assertThatIllegalStateException().isThrownBy(rule::sources).withMessageContaining("acme.workplan.titled.since");
  }

  @Test
  void aTitleRationaleAndDescriptionGivenAsMessagesAreWordedWhenFirstReadAndOnce() {
    AtomicInteger worded = new AtomicInteger();
    Message title = Message.of(() -> {
      worded.incrementAndGet();
      return LocalizedText.en("Every workplan has a title").withTranslation("fr", "Tout plan de travail a un titre");
    });
    Message description = Engine.MESSAGES.message("profile.parameters.none");
    Parameter<Integer> months = Parameter.integer("months", 3, 1, description);
    Rule rule = rule().title(title).rationale(Message.of(LocalizedText.en("r"))).parameter(months).build();

    assertThat(worded).hasValue(0);
    assertThat(rule.title().text(LocalizedText.FRENCH)).isEqualTo("Tout plan de travail a un titre");
    assertThat(rule.title()).isEqualTo(title.toLocalizedText());
    assertThat(rule.rationale()).isEqualTo(LocalizedText.en("r"));
    assertThat(months.description()).isEqualTo(Engine.MESSAGES.text("profile.parameters.none"));
    assertThat(Parameter.text("asOf", "none", description).description()).isEqualTo(months.description());
    assertThat(worded).hasValue(1);
  }
}
