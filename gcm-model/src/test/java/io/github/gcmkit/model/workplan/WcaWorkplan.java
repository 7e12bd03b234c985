package io.github.gcmkit.model.workplan;

import static io.github.gcmkit.model.StakeholderRef.entity;

import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.GroupKind;
import io.github.gcmkit.model.GuidingPrinciple;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.StakeholderGroup;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The Workplan 2020-2021 of the Regional UN Migration Network for West and Central Africa, with
 * its modalities and its first core priority in full (workstreams 1.1, 1.2 and 1.3); the source
 * document is in English.
 */
public final class WcaWorkplan {

  /** The id of the regional network. */
  public static final String NETWORK = "wca";

  /** The id of the global UN Network on Migration. */
  public static final String GLOBAL_NETWORK = "global";

  static final String QUARTERLY_MEETINGS =
      "The Regional Network envisions to hold meetings on a quarterly basis.";

  static final String QUARTERLY_UPDATES =
      "The Regional Network, through the Executive Committee and its Technical Group, will"
          + " continually review the implementation of the workplan, adjust its focus as needs arise,"
          + " and provide quarterly updates on progress being made to the Regional Directors.";

  private static final Workplan WORKPLAN = build();

  private WcaWorkplan() {}

  /** The workplan, holding the first priority only. */
  public static Workplan workplan() {
    return WORKPLAN;
  }

  /** Core priority 1. */
  public static Priority priorityOne() {
    return WORKPLAN.priorities().get(0);
  }

  static LocalizedText en(String text) {
    return LocalizedText.en(text);
  }

  static StakeholderGroup group(GroupKind kind, String wording) {
    return StakeholderGroup.builder().kind(kind).wording(en(wording)).build();
  }

  static StakeholderGroup regionalMembers() {
    return group(GroupKind.NETWORK_MEMBERS, "Regional UNMN members").withNetwork(NETWORK);
  }

  static StakeholderGroup nationalMembers() {
    return group(GroupKind.NETWORK_MEMBERS, "National UNMN members");
  }

  static StakeholderGroup coChairs(String wording) {
    return group(GroupKind.NETWORK_CO_CHAIRS, wording)
        .withNetwork(NETWORK)
        .withEntities(EntityId.of("IOM"), EntityId.of("OHCHR"));
  }

  private static Workplan build() {
    return Workplan.builder()
        .id("2020-2021")
        .title(
            en(
                "Workplan for the Regional United Nations Migration Network for West and Central"
                    + " Africa 2020-2021"))
        .period(Period.of(YearMonth.of(2020, 11), YearMonth.of(2021, 12)))
        .issued(PartialDate.of(LocalDate.of(2020, 11, 20)))
        .livingDocument(true)
        .modalities(modalities())
        .addPriority(
            Priority.builder()
                .kind(PriorityKind.CORE)
                .number(1)
                .title(
                    en(
                        "Support Member States, Regional Economic Commissions (RECs) and national"
                            + " UNMNs in preparation for the Africa GCM Regional Review at the"
                            + " national, sub-regional and continental level while promoting a"
                            + " whole-of-government and whole-of-society approach."))
                .links(
                    GcmLinks.builder()
                        .addPrinciples(
                            GuidingPrinciple.WHOLE_OF_GOVERNMENT, GuidingPrinciple.WHOLE_OF_SOCIETY)
                        .build())
                .addWorkstreams(
                    WcaWorkstreamOne.workstream(),
                    WcaWorkstreamsTwoAndThree.workstreamTwo(),
                    WcaWorkstreamsTwoAndThree.workstreamThree())
                .build())
        .addNote(
            Note.of(
                "1",
                en(
                    "In preparation of the workplan, the following topics were discussed: Migration"
                        + " policy and Covid-19; Climate, Environment and Migration; Vulnerability"
                        + " (incl. children); Human Smuggling and Trafficking in Persons, Tripartism"
                        + " and Social dialogue on Labour Migration. For suggestions on the format,"
                        + " the Regional Network will, inter alia, be guided by the Concept Note of"
                        + " the Africa GCM to support focused discussion.")))
        .build();
  }

  private static WorkplanModalities modalities() {
    return WorkplanModalities.builder()
        .meetingFrequency(Frequency.parse(QUARTERLY_MEETINGS).orElseThrow())
        .coordinator(entity("IOM"))
        .draftedBy(GoverningBody.TECHNICAL_GROUP)
        .validatedBy(GoverningBody.EXECUTIVE_COMMITTEE)
        .addConsultedFirst(GoverningBody.NETWORK)
        .addReviewedBy(GoverningBody.EXECUTIVE_COMMITTEE, GoverningBody.TECHNICAL_GROUP)
        .progressUpdateFrequency(Frequency.parse(QUARTERLY_UPDATES).orElseThrow())
        .addProgressUpdatesTo(group(GroupKind.REGIONAL_DIRECTORS, "the Regional Directors"))
        .addWording(
            en(QUARTERLY_MEETINGS),
            en(
                "Under the coordination of IOM, a Technical Group consisting of the agencies'"
                    + " technical focal points - as established by the Network Executive Committee -"
                    + " is in charge of the development of this work plan. Members of the network"
                    + " are fully consulted in the drafting of the workplan before validation by the"
                    + " Executive Committee. The technical group invites to its meetings CSOs and"
                    + " other stakeholders unless the Technical Group decides otherwise for a"
                    + " specific meeting."),
            en(
                "The Executive Committee can establish, where relevant, Working Groups to focus on"
                    + " specific core or thematic work streams, or specific elements of it. Working"
                    + " Groups, including their focus, composition and chair, will be developed over"
                    + " time. The composition of Working Groups will be drawn from Network members"
                    + " and other stakeholders."),
            en(QUARTERLY_UPDATES),
            en(
                "While noting that the workplan is a living document and open for revisions, the"
                    + " first adapted version of the workplan, starting from November 2020, focuses"
                    + " specifically on core issues. The co-chairs will simultaneously launch a"
                    + " consultative and inclusive process - in accordance with the guiding"
                    + " principles of the GCM, including a whole-of-society approach - to identify"
                    + " specific thematic workstreams. The thematic priorities will focus on major"
                    + " migration thematic issues of particular interest to the WCA region. Members"
                    + " of the network are fully consulted in the drafting of the thematic"
                    + " workstreams before validation by the Executive Committee and inclusion in"
                    + " the workplan."))
        .build();
  }
}
