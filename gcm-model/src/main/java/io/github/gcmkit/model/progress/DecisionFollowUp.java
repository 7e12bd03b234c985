package io.github.gcmkit.model.progress;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.StakeholderRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The follow-up of a decision in a progress report: what was decided, by whom, when, and where its
 * implementation stands ("implementation of decisions will be monitored by the Network
 * Secretariat").
 */
@Value.Immutable
public abstract class DecisionFollowUp implements WithDecisionFollowUp {

  DecisionFollowUp() {}

  /** What was decided. */
  public abstract LocalizedText decision();

  /** Who decided. */
  public abstract ImmutableList<StakeholderRef> decidedBy();

  /** When it was decided, if stated. */
  public abstract Optional<PartialDate> date();

  /** Where its implementation stands as of the report's date. */
  public abstract ProgressStatus status();

  /** A short narrative. */
  public abstract Optional<LocalizedText> narrative();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DecisionFollowUp} values. */
  public static class Builder extends ImmutableDecisionFollowUp.Builder {}
}
