package io.github.gcmkit.model.workplan;

import static io.github.gcmkit.model.StakeholderRef.entity;
import static io.github.gcmkit.model.workplan.WcaWorkplan.en;
import static io.github.gcmkit.model.workplan.WcaWorkplan.group;

import io.github.gcmkit.model.GroupKind;
import io.github.gcmkit.model.Schedule;
import java.time.YearMonth;

/**
 * Core workstreams 1.2 (civil society in the regional review) and 1.3 (the national networks'
 * capacity) of the West and Central Africa workplan. Part of {@link WcaWorkplan}.
 */
final class WcaWorkstreamsTwoAndThree {

  static final String PARTICIPANTS_TWO =
      "Regional UNMN members, ECA, AU CSOs and other stakeholders from and working in the region,"
          + " including diasporas, Initiative on Child Rights in the Global Compacts";

  static final String PARTICIPANTS_THREE =
      "ECA, AU, Global UN Network on Migration, Regional UNMN members, National UNMN members";

  private WcaWorkstreamsTwoAndThree() {}

  /** "AU CSOs" is read as "AU, CSOs", as in workstream 1.3; the cell's wording keeps it as written. */
  static Workstream workstreamTwo() {
    return Workstream.builder()
        .id("1.2")
        .outcome(
            en(
                "Civil society and other stakeholders are empowered to participate in the regional"
                    + " review process"))
        .schedule(Schedule.window(YearMonth.of(2020, 12), YearMonth.of(2020, 12)))
        .addActivities(
            Activity.builder()
                .id("1")
                .text(
                    en(
                        "Map relevant civil society organizations, migrant associations, NHRIs,"
                            + " workers' and employers' organisations, and other stakeholders,"
                            + " ensuring diversity and representativeness in terms of gender, age,"
                            + " migration status, nationality, etc. in the region."))
                .addStakeholders(
                    group(GroupKind.CIVIL_SOCIETY, "relevant civil society organizations"),
                    group(GroupKind.DIASPORAS, "migrant associations"),
                    group(GroupKind.NATIONAL_HUMAN_RIGHTS_INSTITUTIONS, "NHRIs"),
                    group(GroupKind.EMPLOYERS_AND_WORKERS, "workers' and employers' organisations"),
                    group(GroupKind.OTHER_STAKEHOLDERS, "other stakeholders"))
                .build(),
            Activity.of(
                "2",
                en(
                    "Promote the involvement of relevant civil society and other relevant"
                        + " stakeholders in line with the GCM vision and guiding principles in the"
                        + " sub-regional review consultations (see workstream 1.1).")),
            Activity.builder()
                .id("3")
                .text(
                    en(
                        "Promote the inclusion of outcomes and recommendations of the West Africa"
                            + " mapping and consultation on children in the GCM, organized by the"
                            + " Initiative on Child Rights in the Global Compacts, in the ECOWAS"
                            + " sub-regional consultation."))
                .addStakeholders(entity("CHILD-RIGHTS-INITIATIVE"), entity("ECOWAS"))
                .build())
        .addLeads(entity("OHCHR"), entity("UNICEF"))
        .leadsWording(en("OHCHR, UNICEF"))
        .addParticipants(
            WcaWorkplan.regionalMembers(),
            entity("ECA"),
            entity("AU"),
            group(GroupKind.CIVIL_SOCIETY, "CSOs"),
            group(GroupKind.OTHER_STAKEHOLDERS, "other stakeholders from and working in the region"),
            group(GroupKind.DIASPORAS, "diasporas"),
            entity("CHILD-RIGHTS-INITIATIVE"))
        .participantsWording(en(PARTICIPANTS_TWO))
        .build();
  }

  static Workstream workstreamThree() {
    return Workstream.builder()
        .id("1.3")
        .outcome(
            en(
                "The capacity of the National UN Migration Networks to support Member States to"
                    + " participate in the regional review of the GCM is bolstered"))
        .schedule(Schedule.window(YearMonth.of(2020, 11), YearMonth.of(2020, 11)))
        .addActivities(
            Activity.builder()
                .id("1")
                .text(en("Organize one virtual workshop for National UNMN in WCA on the review"))
                .addDeliverable(en("one virtual workshop"))
                .addStakeholder(group(GroupKind.NETWORKS, "National UNMN in WCA"))
                .addSubActivities(
                    Activity.of("1.a", en("Determine speakers and sessions and prepare agenda")),
                    Activity.of("1.b", en("Determine National UNMN members to invite to workshop")),
                    Activity.of(
                        "1.c",
                        en(
                            "Collate and disseminate national questionnaires filled by Member"
                                + " States for the GCM review.")))
                .build(),
            Activity.builder()
                .id("2")
                .text(
                    en(
                        "Provide guidance to National UNMNs for organizing national GCM"
                            + " consultations with Member States, local governments, civil society"
                            + " and other stakeholders, such as migrants, children and youth, and"
                            + " preparing for the Regional (continental) review as needed."))
                .addStakeholder(group(GroupKind.NETWORKS, "National UNMNs"))
                .build(),
            Activity.builder()
                .id("3")
                .text(
                    en(
                        "Follow-up with National UNMN on a regular basis to monitor national"
                            + " consultations and discussions on GCM implementation."))
                .addStakeholder(group(GroupKind.NETWORKS, "National UNMN"))
                .build())
        .addLead(WcaWorkplan.coChairs("Regional UNMN co-chairs (IOM, OHCHR)"))
        .leadsWording(en("Regional UNMN co-chairs (IOM, OHCHR)"))
        .addParticipants(
            entity("ECA"),
            entity("AU"),
            group(GroupKind.NETWORKS, "Global UN Network on Migration")
                .withNetwork(WcaWorkplan.GLOBAL_NETWORK),
            WcaWorkplan.regionalMembers(),
            WcaWorkplan.nationalMembers())
        .participantsWording(en(PARTICIPANTS_THREE))
        .build();
  }
}
