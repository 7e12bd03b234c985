package io.github.gcmkit.model.progress;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.Invariants;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.StakeholderRef;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.List;
import org.immutables.value.Value;

/**
 * A progress report on a network's workplan, such as the quarterly updates on progress that the
 * Regional Network for West and Central Africa provides to the Regional Directors: the network, the
 * date it speaks as of, the period it covers, where each reported unit stands, and the follow-up of
 * decisions.
 *
 * <p>A unit the report does not list is <em>not reported</em>, which says nothing about whether it is
 * late.
 */
@Value.Immutable
public abstract class ProgressReport implements WithProgressReport {

  ProgressReport() {}

  /** The report's id, unique among the network's progress reports ("2021-q1"). */
  public abstract String id();

  /** The id of the network reporting. */
  public abstract String network();

  /** The id of the workplan reported on; by default the network's only or latest workplan. */
  public abstract Optional<String> workplan();

  /** The title, if it has one. */
  public abstract Optional<LocalizedText> title();

  /** The date the report speaks as of. */
  public abstract PartialDate asOf();

  /** The months the report covers, if stated. */
  public abstract Optional<Period> period();

  /** To whom the report goes ("the Regional Directors"). */
  public abstract ImmutableList<StakeholderRef> submittedTo();

  /** Where each reported unit stands, at most one entry per unit. */
  public abstract ImmutableList<UnitProgress> units();

  /** The follow-up of decisions. */
  public abstract ImmutableList<DecisionFollowUp> decisions();

  /** The language of the report; by default that of its title, else English. */
  @Value.Default
  public String language() {
    return title().map(LocalizedText::original).orElse(LocalizedText.ENGLISH);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The progress reported for {@code unit}, if the report lists it. */
  public Optional<UnitProgress> unit(String unit) {
    return units().stream().filter(u -> u.unit().equals(unit)).findFirst();
  }

  @Value.Check
  protected void check() {
    Invariants.checkId("id", id());
    Invariants.checkId("network", network());
    workplan().ifPresent(w -> Invariants.checkId("workplan", w));
    Invariants.checkLanguage("language", language());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < units().size(); i++) {
      String unit = units().get(i).unit();
      if (!seen.add(unit)) {
        throw Invariants.violation(List.of("units", Integer.toString(i), "unit"), "invariant.unit-twice", unit);
      }
    }
  }

  @Override
  public String toString() {
    return "ProgressReport(" + network() + " as of " + asOf() + ")";
  }

  /** Builds {@link ProgressReport} values. */
  public static class Builder extends ImmutableProgressReport.Builder {}
}
