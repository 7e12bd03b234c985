package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.MeetingPolicy;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Parameter;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.List;
import java.util.Optional;

/** {@code charter.meetings.frequency}: regular meetings at least every {@code maxIntervalMonths}. */
final class MeetingFrequency implements Check<Charter> {

  static final String ID = "charter.meetings.frequency";

  static final Parameter<Integer> MAX_INTERVAL = BuiltIn.integer(ID, "maxIntervalMonths", 3, 1);

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.CHARTER, new MeetingFrequency(), MAX_INTERVAL);
  }

  @Override
  public void check(Charter charter, RuleContext context) {
    int maximum = context.parameter(MAX_INTERVAL);
    Optional<MeetingPolicy> meetings = charter.governance().meetings();
    if (meetings.isEmpty()) {
      context.failAbout(
          List.of("/governance/meetings/frequency"),
          "/governance/meetings",
          BuiltIn.text(ID, "none"),
          BuiltIn.text(ID, "hint", maximum));
      return;
    }
    Optional<Frequency> frequency = meetings.get().frequency();
    String pointer = "/governance/meetings/frequency";
    if (frequency.isEmpty()) {
      String key = meetings.get().asNeeded() ? "as-needed-only" : "no-frequency";
      context.fail(pointer, BuiltIn.text(ID, key), BuiltIn.text(ID, "hint", maximum));
    } else if (frequency.get().approximateMonths() > maximum + 1e-9) {
      context.fail(
          pointer,
          BuiltIn.text(ID, "too-rare", BuiltIn.label(frequency.get()), maximum),
          BuiltIn.text(ID, "hint", maximum));
    }
  }
}
