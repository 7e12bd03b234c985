package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityKind;
import io.github.gcmkit.model.GroupKind;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code workplan.whole-of-society}: some workstream or activity involves civil society or
 * migrants — CSOs, migrants, diasporas, communities, faith-based, women's and youth organisations,
 * trade unions — as a group or as a catalogued civil society organisation.
 */
final class WorkplanWholeOfSociety implements Check<Workplan> {

  static final String ID = "workplan.whole-of-society";

  private static final Set<GroupKind> CIVIL_SOCIETY_AND_MIGRANTS =
      EnumSet.of(
          GroupKind.CIVIL_SOCIETY,
          GroupKind.MIGRANTS,
          GroupKind.DIASPORAS,
          GroupKind.COMMUNITIES,
          GroupKind.FAITH_BASED_ORGANIZATIONS,
          GroupKind.WOMEN_ORGANIZATIONS,
          GroupKind.YOUTH,
          GroupKind.TRADE_UNIONS);

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.WORKPLAN, new WorkplanWholeOfSociety());
  }

  @Override
  public void check(Workplan workplan, RuleContext context) {
    if (WorkplanParts.workstreams(workplan).isEmpty() && WorkplanParts.activities(workplan).isEmpty()) {
      context.notEvaluated("/priorities", BuiltIn.text(ID, "nothing", workplan.id()));
      return;
    }
    boolean involved =
        WorkplanParts.stakeholders(workplan).stream()
            .anyMatch(ref -> involves(ref.value(), context.entities()));
    if (!involved) {
      context.fail("/priorities", BuiltIn.text(ID, "none"), BuiltIn.text(ID, "hint"));
    }
  }

  private static boolean involves(StakeholderRef ref, EntityCatalog catalog) {
    if (ref instanceof StakeholderGroup group && CIVIL_SOCIETY_AND_MIGRANTS.contains(group.kind())) {
      return true;
    }
    return ref.entityIds().stream()
        .anyMatch(
            id -> catalog.resolve(id.code()).map(e -> e.kind() == EntityKind.CIVIL_SOCIETY).orElse(false));
  }
}
