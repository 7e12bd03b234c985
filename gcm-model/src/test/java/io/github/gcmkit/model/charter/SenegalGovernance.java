package io.github.gcmkit.model.charter;

import static io.github.gcmkit.model.StakeholderRef.entity;
import static io.github.gcmkit.model.charter.SenegalCharter.fr;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.GroupKind;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderGroup;

/**
 * The "Modalités d'organisation" and the sections after them in the Senegal charter: chair duties,
 * meetings, decisions, working groups, annual review and reporting. Part of {@link SenegalCharter}.
 */
final class SenegalGovernance {

  static final LocalizedText INFORM_UNCT =
      fr("Informer le UNCT des activités du Réseau", "Inform the UNCT of the Network's activities");

  static final LocalizedText COMMUNICATE_PTA =
      fr(
          "Communiquer au RC le PTA validé lors du Bilan annuel",
          "Communicate to the RC the annual workplan (PTA) validated at the annual review");

  private SenegalGovernance() {}

  static ImmutableList<LocalizedText> chairDuties() {
    return ImmutableList.of(
        fr(
            "Coordonner les activités par pays avec le Réseau régional des Nations Unies sur la"
                + " migration",
            "Coordinate country activities with the Regional United Nations Network on Migration"),
        fr(
            "Faire des déclarations au nom du Réseau sur des questions spécifiques à la demande de"
                + " ses membres",
            "Make statements on behalf of the Network on specific issues at the request of its"
                + " members"),
        INFORM_UNCT,
        fr(
            "Convoquer, proposer un agenda et présider les réunions pour assurer le bon"
                + " fonctionnement du Réseau",
            "Convene, propose an agenda for and chair meetings to ensure the smooth functioning of"
                + " the Network"),
        COMMUNICATE_PTA,
        fr(
            "Faciliter l'engagement avec les parties prenantes externes pertinentes selon les"
                + " besoins, notamment des représentants d'ONG nationales et internationales, du"
                + " secteur privé ou académique, etc.",
            "Facilitate engagement with relevant external stakeholders as needed, including"
                + " representatives of national and international NGOs, the private sector or"
                + " academia, etc."),
        fr(
            "Les coprésidents tiendront la liste des membres à jour et la partageront régulièrement"
                + " avec ses membres.",
            "The co-chairs will keep the list of members up to date and share it regularly with its"
                + " members."));
  }

  static MeetingPolicy meetings() {
    return MeetingPolicy.builder()
        .frequency(Frequency.parse(SenegalCharter.MEETING_FREQUENCY).orElseThrow())
        .asNeeded(true)
        .addModalities(MeetingModality.IN_PERSON, MeetingModality.ONLINE, MeetingModality.HYBRID)
        .addVenues(
            fr("le bureau de l'OIM", "the IOM office"), fr("le bureau du BCR", "the RCO office"))
        .wording(
            fr(
                "Le Réseau se réunira soit en présentiel - au bureau de l'OIM ou du BCR soit en ligne"
                    + " ou en bimodale ;\n"
                    + SenegalCharter.MEETING_FREQUENCY
                    + " ;",
                "The Network will meet either in person - at the IOM or RCO office - or online or"
                    + " in hybrid form;\nThe Network will meet as needed and, as a rule, every three"
                    + " months;"))
        .build();
  }

  /**
   * The general rule, and the validation of the annual workplan at the annual review that the fifth
   * chair duty states ("le PTA validé lors du Bilan annuel"). The charter does not say whom the
   * network consults before deciding; its members are the reading taken here.
   */
  static ImmutableList<DecisionRule> decisions() {
    return ImmutableList.of(
        DecisionRule.builder()
            .method(DecisionMethod.CONSENSUS)
            .decidingBody(GoverningBody.NETWORK)
            .addConsultedFirst(GoverningBody.NETWORK)
            .wording(
                fr(
                    "Les décisions du Réseau seront prises par consensus après consultation.",
                    "The Network's decisions will be taken by consensus after consultation."))
            .build(),
        DecisionRule.builder()
            .subject(fr("le Plan d'Actions Annuel (PTA)", "the annual workplan (PTA)"))
            .method(DecisionMethod.VALIDATION)
            .decidingBody(GoverningBody.ANNUAL_REVIEW)
            .wording(COMMUNICATE_PTA)
            .build());
  }

  static WorkingGroupPolicy workingGroupPolicy() {
    return WorkingGroupPolicy.builder()
        .validatedBy(GoverningBody.UN_COUNTRY_TEAM)
        .purpose(fr("se concentrer sur des questions particulières", "focus on particular issues"))
        .formedAsNeeded(true)
        .addDrawnFrom(
            StakeholderGroup.builder()
                .kind(GroupKind.NETWORK_MEMBERS)
                .wording(fr("membres du Réseau", "members of the Network"))
                .network(SenegalCharter.NETWORK)
                .build(),
            StakeholderGroup.builder()
                .kind(GroupKind.OTHER_STAKEHOLDERS)
                .wording(fr("d'autres partenaires, le cas échéant", "other partners, where appropriate"))
                .build())
        .chairOpenToAllMembers(true)
        .addWording(
            fr(
                "Des groupes de travail plus restreints seront établis pour se concentrer sur des"
                    + " questions particulières, validés par le UNCT.",
                "Smaller working groups will be established to focus on particular issues,"
                    + " validated by the UNCT."),
            fr(
                "Les groupes de travail, seront mis sur pied au fil du temps, à mesure que les"
                    + " besoins et les possibilités se feront sentir.",
                "Working groups will be set up over time, as needs and opportunities arise."),
            fr(
                "Ils seront composés de membres du Réseau et d'autres partenaires, le cas échéant ;"
                    + " la présidence ou la coprésidence sera ouverte à tous les membres des groupes"
                    + " de travail ;",
                "They will be composed of members of the Network and other partners, where"
                    + " appropriate; the chair or co-chair will be open to all members of the"
                    + " working groups;"))
        .build();
  }

  static AnnualReview annualReview() {
    return AnnualReview.builder()
        .frequency(Frequency.parse(SenegalCharter.ANNUAL_REVIEW).orElseThrow())
        .addPurposes(
            fr("examiner les progrès du Réseau", "review the Network's progress"),
            fr(
                "explorer les moyens d'améliorer davantage la collaboration",
                "explore ways to further improve collaboration"),
            fr("cerner les nouveaux défis", "identify new challenges"))
        .addAttendees(GoverningBody.NETWORK)
        .addInvitee(
            StakeholderGroup.builder()
                .kind(GroupKind.OTHER_STAKEHOLDERS)
                .wording(fr("D'autres intervenants pertinents", "Other relevant stakeholders"))
                .build())
        .addOutcomes(
            fr("nommer le prochain coprésident", "name the next co-chair"),
            fr("présenter le plan de travail actualisé", "present the updated workplan"))
        .wording(
            fr(
                SenegalCharter.ANNUAL_REVIEW,
                "A yearly meeting of all the Network's members will be organised around the Annual"
                    + " Plan of Action (PTA) to review the Network's progress, explore ways to further"
                    + " improve collaboration and identify new challenges."))
        .build();
  }

  static ImmutableList<ReportingLine> reportingLines() {
    return ImmutableList.of(
        ReportingLine.builder()
            .kind(ReportingKind.REPORTS)
            .network(SenegalCharter.REGIONAL_NETWORK)
            .addSubjects(
                fr("ses activités", "its activities"),
                fr(
                    "les progrès réalisés au niveau national dans la mise en œuvre du PMM",
                    "the progress made at national level in implementing the GCM"))
            .wording(
                fr(
                    "Le Réseau rendra compte au Réseau régional des Nations Unies pour les migrations"
                        + " de ses activités et des progrès réalisés au niveau national dans la mise"
                        + " en œuvre du PMM.",
                    "The Network will report to the Regional United Nations Network on Migration on"
                        + " its activities and on the progress made at national level in"
                        + " implementing the GCM."))
            .build(),
        ReportingLine.builder()
            .kind(ReportingKind.INFORMS)
            .network(SenegalCharter.REGIONAL_NETWORK)
            .addSubject(
                fr(
                    "les progrès réalisés et les activités liées au PMM",
                    "the progress made and the activities related to the GCM"))
            .wording(
                fr(
                    "Fournir des informations au Réseau régional des Nations Unies sur la migration"
                        + " sur les progrès réalisés et les activités liées au PMM",
                    "Provide information to the Regional United Nations Network on Migration on the"
                        + " progress made and the activities related to the GCM"))
            .build(),
        ReportingLine.builder()
            .kind(ReportingKind.SEEKS_ADVICE)
            .network(SenegalCharter.GLOBAL_NETWORK)
            .wording(
                fr(
                    "demander conseil au Réseau mondial, le cas échéant",
                    "seek advice from the Global Network where appropriate"))
            .build(),
        ReportingLine.builder()
            .kind(ReportingKind.INFORMS)
            .recipient(entity("UNCT"))
            .addSubject(fr("les activités du Réseau", "the Network's activities"))
            .wording(INFORM_UNCT)
            .build(),
        ReportingLine.builder()
            .kind(ReportingKind.INFORMS)
            .recipient(entity("RC"))
            .addSubject(
                fr("le PTA validé lors du Bilan annuel", "the annual workplan validated at the annual review"))
            .wording(COMMUNICATE_PTA)
            .build());
  }
}
