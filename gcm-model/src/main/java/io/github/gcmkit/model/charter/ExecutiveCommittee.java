package io.github.gcmkit.model.charter;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderRef;
import org.immutables.value.Value;

/**
 * A network's executive committee: its members, and what it does (validates the workplan,
 * establishes the technical group and working groups).
 */
@Value.Immutable
public abstract class ExecutiveCommittee implements WithExecutiveCommittee {

  ExecutiveCommittee() {}

  /** Its members, where the document names them. */
  public abstract ImmutableList<StakeholderRef> members();

  /** What it does. */
  public abstract ImmutableList<LocalizedText> functions();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExecutiveCommittee} values. */
  public static class Builder extends ImmutableExecutiveCommittee.Builder {}
}
