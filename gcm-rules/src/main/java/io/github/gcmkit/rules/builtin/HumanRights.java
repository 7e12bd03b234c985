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
import java.util.regex.Pattern;

/**
 * {@code charter.human-rights}: an objective commits to the human rights of migrants — it links to
 * GCM guiding principle 15(f), or its words speak of human rights in English or French.
 */
final class HumanRights implements Check<Charter> {

  static final String ID = "charter.human-rights";

  private static final List<String> WORDINGS =
      List.of("human rights", "droits de l'homme", "droits humains", "droits de la personne");

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

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
    // Text in plain ASCII has no marks to strip and no curly apostrophe: it is not decomposed.
    String plain = isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    plain = SPACES.matcher(plain.replace('\u2019', '\'')).replaceAll(" ").toLowerCase(Locale.ROOT);
    for (String wording : WORDINGS) {
      if (plain.contains(wording)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > '\u007f') {
        return false;
      }
    }
    return true;
  }
}
