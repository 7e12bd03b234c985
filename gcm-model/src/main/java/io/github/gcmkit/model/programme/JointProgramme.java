package io.github.gcmkit.model.programme;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.Invariants;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.StakeholderRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A joint programme: several participating UN organisations, one of them convening, working with
 * national and other partners on GCM objectives in a country or region, such as the joint
 * programmes the Migration Multi-Partner Trust Fund funds in its five thematic areas. It carries
 * the Fund's gender and human rights markers, a budget, a period, a status, its funding source and
 * the workplan units it implements.
 *
 * <p>Whether it has enough participating organisations, states both markers, or fits its thematic
 * area is for the rules to say; a programme recorded with less is still a programme.
 */
@Value.Immutable
public abstract class JointProgramme implements WithJointProgramme {

  JointProgramme() {}

  /** The programme's id, unique within its network ("cm-jp-1"). */
  public abstract String id();

  /** The title. */
  public abstract LocalizedText title();

  /** The countries it covers, as ISO 3166-1 alpha-2 codes: one for a national programme. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<String> countries();

  /** The region it covers, in the document's words, for a regional programme. */
  public abstract Optional<LocalizedText> region();

  /** The participating UN organisations (the Fund's "PUNOs"), convening one included. */
  public abstract ImmutableList<EntityRef> participatingOrganisations();

  /** The convening organisation, one of the participating ones. */
  public abstract Optional<EntityRef> convening();

  /** National and other partners: ministries, local authorities, civil society, migrants' groups. */
  public abstract ImmutableList<StakeholderRef> partners();

  /** Its GCM objectives, guiding principles and Migration MPTF thematic areas. */
  @Value.Default
  public GcmLinks links() {
    return GcmLinks.none();
  }

  /** Its gender marker, if stated. */
  public abstract Optional<MarkerScore> genderMarker();

  /** Its human rights marker, if stated. */
  public abstract Optional<MarkerScore> humanRightsMarker();

  /** Its budget, if stated. */
  public abstract Optional<Budget> budget();

  /** The months it runs, if stated. */
  public abstract Optional<Period> period();

  /** Where it stands, if stated. */
  public abstract Optional<ProgrammeStatus> status();

  /** Where its money comes from, if stated. */
  public abstract Optional<FundingSource> fundingSource();

  /** Who funds it, in the document's words, when the source is not the Migration MPTF alone. */
  public abstract Optional<LocalizedText> funder();

  /** The id of the workplan whose units it implements, if any. */
  public abstract Optional<String> workplan();

  /**
   * The workplan units it implements: a priority ({@code core-1}), a workstream ({@code 1.2}), or an
   * activity as the unit holding it, a slash and its id ({@code core-2/3}).
   */
  public abstract ImmutableList<String> implementsUnits();

  /** The language of the source document; by default that of the title. */
  @Value.Default
  public String language() {
    return title().original();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Invariants.checkId("id", id());
    Invariants.checkLanguage("language", language());
    countries().forEach(c -> Invariants.checkCountry("countries", c));
    workplan().ifPresent(w -> Invariants.checkId("workplan", w));
    implementsUnits().forEach(u -> Invariants.checkId("implementsUnits", u));
  }

  @Override
  public String toString() {
    return "JointProgramme(" + id() + ": " + title() + ")";
  }

  /** Builds {@link JointProgramme} values. */
  public static class Builder extends ImmutableJointProgramme.Builder {}
}
