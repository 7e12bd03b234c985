package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.MessageBundle;
import io.github.gcmkit.rules.fixtures.Fixtures;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The English and French bundles say the same things, and every message is filled in. */
class MessagesTest {

  private static final MessageBundle RULES = MessageBundle.load(MessagesTest.class::getResourceAsStream, "/io/github/gcmkit/rules/builtin/messages");

  @Test
  void englishAndFrenchHaveTheSameKeys() {
    assertThat(RULES.frenchKeys()).isEqualTo(RULES.englishKeys());
    assertThat(Engine.MESSAGES.frenchKeys()).isEqualTo(Engine.MESSAGES.englishKeys());
  }

  @Test
  void everyKeyBelongsToABuiltInRuleOrIsShared() {
    Set<String> ids = RuleCatalog.builtIn().rules().stream().map(Rule::id).collect(Collectors.toSet());
    assertThat(RULES.englishKeys())
        .allMatch(key -> key.startsWith("body.") || key.startsWith("level.") || key.startsWith("status.")
            || key.startsWith("pledge-kind.") || key.startsWith("delivery.")
            || key.equals("workplan.no-units")
            || ids.stream().anyMatch(id -> key.startsWith(id + ".")), "belongs to a rule");
  }

  @Test
  void noMessageOfTheSeedsReportLeavesAPlaceholder() {
    Report report = Validator.of(Profile.baseline()).validate(Fixtures.federation());
    Stream<LocalizedText> texts = Stream.concat(
        report.findings().stream().flatMap(f -> Stream.concat(Stream.of(f.message()), f.hint().stream())),
        report.notEvaluated().stream().map(NotEvaluated::reason));
    assertThat(texts.flatMap(t -> t.texts().values().stream()))
        .isNotEmpty()
        .noneMatch(text -> text.matches(".*\\{\\d}.*"));
  }
}
