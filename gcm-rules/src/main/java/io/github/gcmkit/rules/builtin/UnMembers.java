package io.github.gcmkit.rules.builtin;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.Membership;
import io.github.gcmkit.model.MembershipRole;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.Composition;
import io.github.gcmkit.model.charter.CompositionBasis;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code charter.composition.un-members}: the members a charter names are UN system entities;
 * others belong among its external partners. Observers are not members.
 */
final class UnMembers implements Check<Charter> {

  static final String ID = "charter.composition.un-members";

  /** The bases of membership that admit UN entities alone: their members need no naming. */
  private static final Set<CompositionBasis> UN_ONLY =
      EnumSet.of(
          CompositionBasis.EVERY_UNCT_ENTITY,
          CompositionBasis.EVERY_UN_ENTITY_IN_REGION,
          CompositionBasis.EVERY_UN_ENTITY);

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.ERROR, Target.CHARTER, new UnMembers());
  }

  @Override
  public void check(Charter charter, RuleContext context) {
    List<Membership> members =
        charter.composition().map(Composition::members).orElse(ImmutableList.of());
    if (members.isEmpty()) {
      boolean unByBasis =
          charter.composition().flatMap(Composition::basis).map(UN_ONLY::contains).orElse(false);
      if (!unByBasis) {
        context.notEvaluated("/composition/members", BuiltIn.text(ID, "none-recorded"));
      }
      return;
    }
    for (int i = 0; i < members.size(); i++) {
      Membership membership = members.get(i);
      if (membership.role() == MembershipRole.OBSERVER) {
        continue;
      }
      String pointer = "/composition/members/" + i;
      Optional<Entity> entity = context.entities().resolve(membership.member().code());
      if (entity.isEmpty()) {
        context.notEvaluated(pointer, BuiltIn.text(ID, "unknown", membership.member()));
      } else if (!entity.get().isUnSystem()) {
        context.fail(
            pointer,
            BuiltIn.text(ID, "not-un", entity.get().acronym(), entity.get().name()),
            BuiltIn.text(ID, "hint", entity.get().acronym()));
      }
    }
  }
}
