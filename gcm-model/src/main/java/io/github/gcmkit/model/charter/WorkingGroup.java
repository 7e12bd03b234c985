package io.github.gcmkit.model.charter;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.Invariants;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A working group or technical group of a network: "a Technical Group consisting of the agencies'
 * technical focal points — as established by the Network Executive Committee — under the
 * coordination of IOM".
 */
@Value.Immutable
public abstract class WorkingGroup implements WithWorkingGroup {

  WorkingGroup() {}

  /** The group's id, unique within the charter. */
  public abstract String id();

  /** The group's name. */
  public abstract LocalizedText name();

  /** A working group, technical group or task force. */
  @Value.Default
  public WorkingGroupKind kind() {
    return WorkingGroupKind.WORKING_GROUP;
  }

  /** What the group focuses on. */
  public abstract Optional<LocalizedText> focus();

  /** Its members, by organisation or group ("the agencies' technical focal points"). */
  public abstract ImmutableList<StakeholderRef> members();

  /** Its chairs or co-chairs. */
  public abstract ImmutableList<StakeholderRef> chairs();

  /** Who coordinates it, if not a chair. */
  public abstract Optional<StakeholderRef> coordinator();

  /** Which body established it. */
  public abstract Optional<GoverningBody> establishedBy();

  /** What it is in charge of. */
  public abstract ImmutableList<LocalizedText> responsibilities();

  /** Whom it invites to its meetings ("CSOs and other stakeholders"). */
  public abstract ImmutableList<StakeholderRef> invitees();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Invariants.checkId("id", id());
  }

  /** Builds {@link WorkingGroup} values. */
  public static class Builder extends ImmutableWorkingGroup.Builder {}
}
