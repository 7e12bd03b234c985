package io.github.gcmkit.model.progress;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.Invariants;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.PartialDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where one workplan unit stands in a progress report: its status, an optional percentage or list of
 * milestones, a short narrative in the report's language(s), and links to the evidence.
 */
@Value.Immutable
public abstract class UnitProgress implements WithUnitProgress {

  UnitProgress() {}

  /**
   * The unit reported on: a priority ({@code core-1}), a workstream ({@code 1.2}), or an activity as
   * the unit holding it, a slash and its id ({@code 1.1/1}, {@code core-2/3}).
   */
  public abstract String unit();

  /** Its status as of the report's date. */
  public abstract ProgressStatus status();

  /** How much of it is done, 0 to 100, if stated. */
  public abstract Optional<Integer> percentComplete();

  /** Its milestones, in order. */
  public abstract ImmutableList<Milestone> milestones();

  /** When it was completed, if it is done and the report says when. */
  public abstract Optional<PartialDate> completed();

  /** A short narrative. */
  public abstract Optional<LocalizedText> narrative();

  /** Links to the evidence: URLs or document references. */
  public abstract ImmutableList<String> evidence();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The progress of {@code unit} with {@code status} and nothing else. */
  public static UnitProgress of(String unit, ProgressStatus status) {
    return builder().unit(unit).status(status).build();
  }

  @Value.Check
  protected void check() {
    Invariants.checkId("unit", unit());
    percentComplete()
        .ifPresent(
            p ->
                Invariants.check(
                    p >= 0 && p <= 100, "percentComplete", "invariant.percent-range", p));
    evidence().forEach(e -> Invariants.check(!e.isBlank(), "evidence", "invariant.evidence-blank"));
  }

  /** Builds {@link UnitProgress} values. */
  public static class Builder extends ImmutableUnitProgress.Builder {}
}
