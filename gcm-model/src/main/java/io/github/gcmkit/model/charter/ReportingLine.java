package io.github.gcmkit.model.charter;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.Invariants;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * To whom a network reports, on what and how often: "Le Réseau rendra compte au Réseau régional des
 * Nations Unies pour les migrations de ses activités et des progrès réalisés", or quarterly updates
 * to the Regional Directors. The recipient is another network (by id) or a stakeholder.
 */
@Value.Immutable
public abstract class ReportingLine implements WithReportingLine {

  ReportingLine() {}

  /** Reporting, informing or seeking advice; reporting unless stated. */
  @Value.Default
  public ReportingKind kind() {
    return ReportingKind.REPORTS;
  }

  /** The id of the network reported to, if the recipient is a network. */
  public abstract Optional<String> network();

  /** The recipient, if it is not a network (the Regional Directors, the UNCT, the RC). */
  public abstract Optional<StakeholderRef> recipient();

  /** What is reported ("its activities and the progress made in implementing the GCM"). */
  public abstract ImmutableList<LocalizedText> subjects();

  /** How often, if stated. */
  public abstract Optional<Frequency> frequency();

  /** The document's own words. */
  public abstract Optional<LocalizedText> wording();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A line reporting to the network {@code networkId}. */
  public static ReportingLine toNetwork(String networkId) {
    return builder().network(networkId).build();
  }

  @Value.Check
  protected void check() {
    network().ifPresent(n -> Invariants.checkId("network", n));
  }

  /** Builds {@link ReportingLine} values. */
  public static class Builder extends ImmutableReportingLine.Builder {}
}
