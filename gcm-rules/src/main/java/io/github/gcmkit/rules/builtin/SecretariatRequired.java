package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.List;

/** {@code charter.secretariat.required}: the charter names who runs the secretariat. */
final class SecretariatRequired implements Check<Charter> {

  static final String ID = "charter.secretariat.required";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.CHARTER, new SecretariatRequired());
  }

  @Override
  public void check(Charter charter, RuleContext context) {
    boolean named = charter.governance().secretariat().map(s -> !s.leads().isEmpty()).orElse(false);
    if (!named) {
      String pointer =
          charter.governance().secretariat().isPresent()
              ? "/governance/secretariat/leads"
              : "/governance/secretariat";
      context.failAbout(
          List.of("/governance/secretariat/leads"),
          pointer,
          BuiltIn.text(ID, "none"),
          BuiltIn.text(ID, "hint"));
    }
  }
}
