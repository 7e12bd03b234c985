package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;

/**
 * {@code workplan.gcm-linkage}: each priority links to at least one GCM objective or guiding
 * principle, itself or through one of its workstreams.
 */
final class GcmLinkage implements Check<Workplan> {

  static final String ID = "workplan.gcm-linkage";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.INFO, Target.WORKPLAN, new GcmLinkage());
  }

  @Override
  public void check(Workplan workplan, RuleContext context) {
    if (workplan.priorities().isEmpty()) {
      context.notEvaluated("/priorities", BuiltIn.text(ID, "no-priorities", workplan.id()));
      return;
    }
    for (int i = 0; i < workplan.priorities().size(); i++) {
      Priority priority = workplan.priorities().get(i);
      boolean linked =
          BuiltIn.linksToGcm(priority.links())
              || priority.workstreams().stream().anyMatch(w -> BuiltIn.linksToGcm(w.links()));
      if (!linked) {
        context.fail(
            "/priorities/" + i + "/links",
            BuiltIn.text(ID, "unlinked", priority.id(), priority.title()),
            BuiltIn.text(ID, "hint"));
      }
    }
  }
}
