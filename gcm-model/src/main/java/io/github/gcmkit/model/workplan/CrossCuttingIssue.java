package io.github.gcmkit.model.workplan;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.LocalizedText;
import org.immutables.value.Value;

/**
 * An issue a workplan integrates across all its priorities, such as non-discrimination or gender
 * responsiveness.
 */
@Value.Immutable
public abstract class CrossCuttingIssue implements WithCrossCuttingIssue {

  CrossCuttingIssue() {}

  /** The issue's name ("Discrimination based on gender"). */
  public abstract LocalizedText title();

  /** What the workplan says about it, paragraph by paragraph. */
  public abstract ImmutableList<LocalizedText> description();

  /** The GCM guiding principles (and objectives) it relates to. */
  @Value.Default
  public GcmLinks links() {
    return GcmLinks.none();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CrossCuttingIssue} values. */
  public static class Builder extends ImmutableCrossCuttingIssue.Builder {}
}
