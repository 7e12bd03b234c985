package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.GroupKind;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Parameter;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code charter.stakeholders.whole-of-society}: the external partners — of the composition and of
 * the yearly meeting with partners — span at least {@code minCategories} whole-of-society
 * categories.
 */
final class WholeOfSocietyPartners implements Check<Charter> {

  static final String ID = "charter.stakeholders.whole-of-society";

  static final Parameter<Integer> MIN_CATEGORIES = BuiltIn.integer(ID, "minCategories", 5, 1);

  static Rule rule() {
    return BuiltIn.rule(
        ID, Severity.WARNING, Target.CHARTER, new WholeOfSocietyPartners(), MIN_CATEGORIES);
  }

  @Override
  public void check(Charter charter, RuleContext context) {
    Set<GroupKind> categories = EnumSet.noneOf(GroupKind.class);
    charter.composition().ifPresent(c -> c.externalPartners().forEach(g -> add(g, categories)));
    charter.governance().partnerMeeting().stream()
        .flatMap(m -> m.participants().stream())
        .forEach(p -> add(p, categories));
    int minimum = context.parameter(MIN_CATEGORIES);
    if (categories.size() < minimum) {
      String pointer =
          charter.composition().isPresent() ? "/composition/externalPartners" : "/composition";
      context.failAbout(
          List.of("/composition/externalPartners", "/governance/partnerMeeting/participants"),
          pointer,
          BuiltIn.text(ID, "too-few", categories.size(), minimum),
          BuiltIn.text(ID, "hint"));
    }
  }

  private static void add(StakeholderRef ref, Set<GroupKind> categories) {
    if (ref instanceof StakeholderGroup group && group.kind().isWholeOfSociety()) {
      categories.add(group.kind());
    }
  }
}
