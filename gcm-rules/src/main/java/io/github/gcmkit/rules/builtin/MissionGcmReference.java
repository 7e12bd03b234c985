package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.Mission;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.List;

/** {@code charter.mission.gcm-reference}: the mission or an objective links to the GCM. */
final class MissionGcmReference implements Check<Charter> {

  static final String ID = "charter.mission.gcm-reference";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.CHARTER, new MissionGcmReference());
  }

  @Override
  public void check(Charter charter, RuleContext context) {
    if (charter.mission().isEmpty() && charter.objectives().isEmpty()) {
      context.notEvaluated("/mission", BuiltIn.text(ID, "nothing-to-link"));
      return;
    }
    boolean linked =
        charter.mission().map(Mission::links).map(BuiltIn::linksToGcm).orElse(false)
            || charter.objectives().stream().anyMatch(o -> BuiltIn.linksToGcm(o.links()));
    if (!linked) {
      String pointer = charter.mission().isPresent() ? "/mission/links" : "/objectives";
      context.failAbout(
          List.of("/mission/links", "/objectives"),
          pointer,
          BuiltIn.text(ID, "unlinked"),
          BuiltIn.text(ID, "hint"));
    }
  }
}
