package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.Governance;
import io.github.gcmkit.model.charter.WorkingGroupPolicy;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.Optional;

/**
 * {@code charter.working-groups.open-chair}: where a network has working groups, their chairs are
 * open to every member of the group.
 */
final class WorkingGroupOpenChair implements Check<Charter> {

  static final String ID = "charter.working-groups.open-chair";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.INFO, Target.CHARTER, new WorkingGroupOpenChair());
  }

  @Override
  public void check(Charter charter, RuleContext context) {
    Governance governance = charter.governance();
    Optional<WorkingGroupPolicy> policy = governance.workingGroupPolicy();
    if (policy.isEmpty() && governance.workingGroups().isEmpty()) {
      return;
    }
    Optional<Boolean> open = policy.flatMap(WorkingGroupPolicy::chairOpenToAllMembers);
    if (open.orElse(false)) {
      return;
    }
    String pointer =
        policy.isPresent()
            ? "/governance/workingGroupPolicy/chairOpenToAllMembers"
            : "/governance/workingGroupPolicy";
    String key = open.isPresent() ? "closed" : "silent";
    context.fail(pointer, BuiltIn.text(ID, key), BuiltIn.text(ID, "hint"));
  }
}
