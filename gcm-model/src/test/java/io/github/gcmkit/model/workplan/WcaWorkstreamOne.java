package io.github.gcmkit.model.workplan;

import static io.github.gcmkit.model.StakeholderRef.entity;
import static io.github.gcmkit.model.workplan.WcaWorkplan.en;
import static io.github.gcmkit.model.workplan.WcaWorkplan.group;

import io.github.gcmkit.model.GroupKind;
import io.github.gcmkit.model.Schedule;
import java.time.YearMonth;

/**
 * Core workstream 1.1 of the West and Central Africa workplan: the RECs' sub-regional review
 * consultations. Part of {@link WcaWorkplan}.
 */
final class WcaWorkstreamOne {

  static final String LEADS =
      "AUC, ECOWAS and ECCAS respectively, Regional Network co-chairs (IOM, OHCHR), ECA";

  static final String PARTICIPANTS =
      "ECOWAS or ECCAS Member States respectively, Local authorities, Regional UNMN members,"
          + " National UNMN members, ECA, relevant CSOs and other stakeholders from and working in"
          + " the region, including diasporas";

  private WcaWorkstreamOne() {}

  static Workstream workstream() {
    return Workstream.builder()
        .id("1.1")
        .outcome(
            en(
                "WCA Regional Economic Commissions (RECs) and their Member States are empowered to"
                    + " actively support the GCM review process"))
        .schedule(Schedule.window(YearMonth.of(2020, 11), YearMonth.of(2020, 12)))
        .addActivities(
            Activity.builder()
                .id("1")
                .text(en("Provide a briefing for ECOWAS-Commission on GCM Regional Review"))
                .addStakeholder(entity("ECOWAS"))
                .build(),
            Activity.builder()
                .id("2")
                .text(en("Provide a briefing for ECCAS-Commission on GCM Regional Review"))
                .addStakeholder(entity("ECCAS"))
                .build(),
            consultation("3", "ECOWAS", "sessions"),
            consultation("4", "ECCAS", "at least one session"))
        .addLeads(
            entity("AUC"),
            entity("ECOWAS"),
            entity("ECCAS"),
            WcaWorkplan.coChairs("Regional Network co-chairs (IOM, OHCHR)"),
            entity("ECA"))
        .leadsWording(en(LEADS))
        .addParticipants(
            group(GroupKind.MEMBER_STATES, "ECOWAS or ECCAS Member States respectively"),
            group(GroupKind.LOCAL_AUTHORITIES, "Local authorities"),
            WcaWorkplan.regionalMembers(),
            WcaWorkplan.nationalMembers(),
            entity("ECA"),
            group(GroupKind.CIVIL_SOCIETY, "relevant CSOs"),
            group(GroupKind.OTHER_STAKEHOLDERS, "other stakeholders from and working in the region"),
            group(GroupKind.DIASPORAS, "diasporas"))
        .participantsWording(en(PARTICIPANTS))
        .build();
  }

  /**
   * "Support the AU Commission to organize with ECOWAS (ECCAS) a sub-regional review consultation",
   * with its five sub-activities. Only the ECOWAS one carries footnote 1.
   */
  private static Activity consultation(String id, String rec, String sessions) {
    Activity.Builder thematicSessions =
        Activity.builder()
            .id(id + ".b")
            .text(
                en(
                    "Promote the inclusion of "
                        + sessions
                        + " dedicated to thematic areas of the GCM in close coordination with the"
                        + " RECs and Members of Regional Network"));
    if (rec.equals("ECOWAS")) {
      thematicSessions.addNote("1");
    }
    return Activity.builder()
        .id(id)
        .text(
            en(
                "Support the AU Commission to organize with "
                    + rec
                    + " a sub-regional review consultation for "
                    + rec
                    + " Member States"))
        .addStakeholders(entity("AUC"), entity(rec))
        .addSubActivities(
            Activity.of(
                id + ".a",
                en("Support in the determination of speakers, sessions and preparation of agenda")),
            thematicSessions.build(),
            Activity.of(id + ".c", en("Support in determination of MS Focal Points to invite")),
            Activity.of(
                id + ".d",
                en("Support in determination of National UNMN members to invite to workshop")),
            Activity.of(
                id + ".e",
                en("Collate and disseminate national questionnaires filled by MS for the GCM review.")))
        .build();
  }
}
