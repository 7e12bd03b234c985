package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Message;
import io.github.gcmkit.model.MessageBundle;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.testkit.ModelGenerators;
import org.junit.jupiter.api.Test;

/**
 * A finding reported with a bundle's message keeps the key and its arguments and words them when
 * read, in the language asked for: the same words as the bundle gives as text.
 */
class MessageTest {

  private static final Workplan WORKPLAN = ModelGenerators.defaults().workplan().sample(3);

  /** An argument that counts how often it is worded. */
  private static final class Counted {
    int worded;

    @Override
    public String toString() {
      worded++;
      return "counted";
    }
  }

  @Test
  void aBundleMessageIsWordedOnlyWhenReadAndInTheLanguageAsked() {
    Counted argument = new Counted();
    Rule rule = Rule.builder("acme.workplan.keyed")
        .title("t").rationale("r").severity(Severity.WARNING)
        .check(Target.WORKPLAN, (Workplan w, RuleContext c) ->
            c.fail("/title", Engine.MESSAGES.message("record.unknown", argument),
                Engine.MESSAGES.message("record.unknown", w.id())))
        .build();
    Report report = Validator.builder().catalog(RuleCatalog.of(rule))
        .profile(Profile.builder("all").include(Profile.ALL).build()).build().validate(WORKPLAN);

    assertThat(argument.worded).isZero();
    Finding finding = report.findings().get(0);
    assertThat(finding.message(LocalizedText.FRENCH))
        .isEqualTo(Engine.MESSAGES.text("record.unknown", "counted").text(LocalizedText.FRENCH));
    assertThat(argument.worded).isEqualTo(1);
    assertThat(finding.message()).isEqualTo(Engine.MESSAGES.text("record.unknown", "counted"));
    assertThat(finding.hint(LocalizedText.ENGLISH))
        .contains(Engine.MESSAGES.text("record.unknown", WORKPLAN.id()).text(LocalizedText.ENGLISH));
  }

  @Test
  void aMessageReadsAsTheBundlesTextAndEqualsWhatReadsTheSame() {
    MessageBundle bundle = Engine.MESSAGES;
    Message keyed = bundle.message("record.interpreted", bundle.message("record.unknown", "/x"));
    LocalizedText text = bundle.text("record.interpreted", bundle.text("record.unknown", "/x"));
    assertThat(keyed.toLocalizedText()).isEqualTo(text);
    assertThat(keyed.text(LocalizedText.ENGLISH)).isEqualTo(text.text(LocalizedText.ENGLISH));
    assertThat(keyed.text(LocalizedText.FRENCH)).isEqualTo(text.text(LocalizedText.FRENCH));
    assertThat(keyed).isEqualTo(Message.of(text)).hasSameHashCodeAs(Message.of(text));
    assertThat(keyed).isNotEqualTo(bundle.message("record.unknown", "/y"));
  }

  @Test
  void aMessageOfAKeyTheBundleLacksIsRefusedWhenMadeNotWhenRead() {
    org.assertj.core.api.Assertions.assertThatIllegalStateException()
        .isThrownBy(() -> Engine.MESSAGES.message("no.such.key"))
        .withMessageContaining("no.such.key");
  }
}
