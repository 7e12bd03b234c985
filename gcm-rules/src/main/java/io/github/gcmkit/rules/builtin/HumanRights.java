package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.GuidingPrinciple;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.CharterObjective;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * {@code charter.human-rights}: an objective commits to the human rights of migrants — it links to
 * GCM guiding principle 15(f), or its words speak of human rights in English or French.
 */
final class HumanRights implements Check<Charter> {

  static final String ID = "charter.human-rights";

  private static final List<String> WORDINGS =
      List.of("human rights", "droits de l'homme", "droits humains", "droits de la personne");

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.CHARTER, new HumanRights());
  }

  @Override
  public void check(Charter charter, RuleContext context) {
    if (charter.objectives().stream().noneMatch(HumanRights::commits)) {
      context.fail("/objectives", BuiltIn.text(ID, "none"), BuiltIn.text(ID, "hint"));
    }
  }

  private static boolean commits(CharterObjective objective) {
    return objective.links().principles().contains(GuidingPrinciple.HUMAN_RIGHTS)
        || objective.text().texts().values().stream().anyMatch(HumanRights::speaksOfHumanRights);
  }

  private static boolean speaksOfHumanRights(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('\u2019', '\'')
            .replaceAll("\\s+", " ")
            .toLowerCase(Locale.ROOT);
    return WORDINGS.stream().anyMatch(plain::contains);
  }
}
