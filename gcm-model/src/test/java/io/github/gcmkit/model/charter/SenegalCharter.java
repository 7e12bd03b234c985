package io.github.gcmkit.model.charter;

import static io.github.gcmkit.model.StakeholderRef.entity;

import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.GroupKind;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderGroup;
import java.util.Arrays;

/**
 * The Terms of Reference of the UN Network on Migration for Senegal ("Mandat du Réseau des Nations
 * Unies sur les migrations pour le Sénégal"), built in full from the source document: French as
 * written, with an English translation of every text.
 */
public final class SenegalCharter {

  /** The id of the Senegal network. */
  public static final String NETWORK = "sn";

  /** The id of the regional network for West and Central Africa it reports to. */
  public static final String REGIONAL_NETWORK = "wca";

  /** The id of the global UN Network on Migration. */
  public static final String GLOBAL_NETWORK = "global";

  static final String ANNUAL_REVIEW =
      "Une réunion annuelle de l'ensemble des membres du Réseau sera organisée autour du Plan"
          + " d'Actions Annuel (PTA) afin d'examiner les progrès du Réseau ; d'explorer les moyens"
          + " d'améliorer davantage la collaboration ; de cerner les nouveaux défis.";

  static final String MEETING_FREQUENCY =
      "Le Réseau se réunira selon les besoins et en règle générale tous les trois mois";

  private static final Charter CHARTER = build();

  private SenegalCharter() {}

  /** The charter. */
  public static Charter charter() {
    return CHARTER;
  }

  /** French text as written, with its English translation. */
  static LocalizedText fr(String french, String english) {
    return LocalizedText.fr(french).withTranslation(LocalizedText.ENGLISH, english);
  }

  private static Charter build() {
    return Charter.builder()
        .title(
            fr(
                "Mandat du Réseau des Nations Unies sur les migrations pour le Sénégal",
                "Terms of Reference of the United Nations Network on Migration for Senegal"))
        .mission(mission())
        .objectives(SenegalObjectives.objectives())
        .composition(composition())
        .governance(governance())
        .build();
  }

  private static Mission mission() {
    return Mission.builder()
        .text(
            fr(
                String.join(
                    "\n\n",
                    "Le Coordonnateur Résident des Nations Unies, et l'Organisation Internationale pour"
                        + " les Migrations (OIM) en sa qualité de Coordonnateur du Réseau des Nations"
                        + " Unies sur les migrations pour le Sénégal (ci-après le Réseau), établissent"
                        + " un Réseau afin de faciliter un appui efficace, opportun et coordonné à"
                        + " l'échelle du système des Nations Unies au Sénégal sur les politiques"
                        + " migratoires, notamment pour la mise en œuvre, le suivi et la révision du"
                        + " Pacte Mondial pour des Migrations sûres, ordonnées et régulières (PMM) dans"
                        + " toutes les instances où une approche commune au système des Nations Unies"
                        + " représente une valeur ajoutée.",
                    "Dans son appui à la réalisation des 23 objectifs du PMM, le Réseau s'efforce de"
                        + " promouvoir des politiques migratoires qui soutiennent le bien-être des"
                        + " migrants et des sociétés d'une manière cohérente, holistique et équilibrée,"
                        + " y compris des politiques alignées sur les Objectifs de Développement"
                        + " Durable, le Cadre de politique migratoire pour l'Afrique de l'Union"
                        + " Africaine, l'Agenda 2063 de l'Union Africaine, et toutes autres initiatives"
                        + " sous-régionales, notamment de la Communauté Economique Des Etats d'Afrique"
                        + " de l'Ouest.",
                    "Dans toutes ses actions, le Réseau sera guidé, entre autres, par la Charte des"
                        + " Nations Unies, le droit international, l'Agenda 2030 du développement"
                        + " durable et le PMM. Il s'alignera, dans ses méthodes de travail, sur les"
                        + " termes de référence du Réseau régional sur la migration de l'Afrique de"
                        + " l'Ouest et du Centre, ainsi que sur ceux du Réseau mondial des Nations"
                        + " Unies sur la migration.",
                    "Conformément aux efforts mondiaux et régionaux, le Réseau vise à favoriser une"
                        + " meilleure compréhension des questions actuelles et émergentes sur la"
                        + " migration et à améliorer la coordination et la collaboration"
                        + " multisectorielle au sein du système des Nations Unies et avec les autres"
                        + " parties prenantes au niveau national."),
                String.join(
                    "\n\n",
                    "The United Nations Resident Coordinator and the International Organization for"
                        + " Migration (IOM), in its capacity as Coordinator of the United Nations"
                        + " Network on Migration for Senegal (hereinafter the Network), establish a"
                        + " Network to facilitate effective, timely and coordinated UN system-wide"
                        + " support in Senegal on migration policy, including for the implementation,"
                        + " follow-up and review of the Global Compact for Safe, Orderly and Regular"
                        + " Migration (GCM), wherever a common UN system approach adds value.",
                    "In supporting the achievement of the 23 objectives of the GCM, the Network"
                        + " strives to promote migration policies that support the well-being of"
                        + " migrants and societies in a coherent, holistic and balanced manner,"
                        + " including policies aligned with the Sustainable Development Goals, the"
                        + " African Union's Migration Policy Framework for Africa, the African Union's"
                        + " Agenda 2063, and all other sub-regional initiatives, in particular of the"
                        + " Economic Community of West African States.",
                    "In all its actions, the Network will be guided, inter alia, by the Charter of"
                        + " the United Nations, international law, the 2030 Agenda for Sustainable"
                        + " Development and the GCM. In its working methods, it will align with the"
                        + " terms of reference of the Regional Network on Migration for West and"
                        + " Central Africa, as well as with those of the global United Nations"
                        + " Network on Migration.",
                    "In line with global and regional efforts, the Network aims to foster a better"
                        + " understanding of current and emerging issues on migration and to enhance"
                        + " coordination and multisectoral collaboration within the United Nations"
                        + " system and with other stakeholders at the national level.")))
        .addEstablishedBy(entity("RC"), entity("IOM"))
        .addGuidedBy(
            fr("la Charte des Nations Unies", "the Charter of the United Nations"),
            fr("le droit international", "international law"),
            fr(
                "l'Agenda 2030 du développement durable",
                "the 2030 Agenda for Sustainable Development"),
            fr("le PMM", "the GCM"))
        .addAlignsWith(
            fr("les Objectifs de Développement Durable", "the Sustainable Development Goals"),
            fr(
                "le Cadre de politique migratoire pour l'Afrique de l'Union Africaine",
                "the African Union's Migration Policy Framework for Africa"),
            fr("l'Agenda 2063 de l'Union Africaine", "the African Union's Agenda 2063"),
            fr(
                "toutes autres initiatives sous-régionales, notamment de la Communauté Economique Des"
                    + " Etats d'Afrique de l'Ouest",
                "all other sub-regional initiatives, in particular of the Economic Community of West"
                    + " African States"),
            fr(
                "les termes de référence du Réseau régional sur la migration de l'Afrique de l'Ouest"
                    + " et du Centre",
                "the terms of reference of the Regional Network on Migration for West and Central"
                    + " Africa"),
            fr(
                "les termes de référence du Réseau mondial des Nations Unies sur la migration",
                "the terms of reference of the global United Nations Network on Migration"))
        .links(GcmLinks.builder().addAllObjectives(Arrays.asList(GcmObjective.values())).build())
        .build();
  }

  private static Composition composition() {
    return Composition.builder()
        .basis(CompositionBasis.EVERY_UNCT_ENTITY)
        .wording(
            fr(
                "Le réseau sera composé de tous les organismes des Nations Unies ayant un intérêt à"
                    + " être membre de ce réseau et qui font partie de l'Equipe Pays au Sénégal.",
                "The Network will be composed of all United Nations entities that have an interest"
                    + " in being members of the Network and are part of the Country Team in"
                    + " Senegal."))
        .addMemberDuties(
            fr(
                "contribueront à la conception et à la mise en œuvre des objectifs du Réseau",
                "will contribute to the design and implementation of the Network's objectives"),
            fr(
                "favoriseront la cohérence en matière de migration au sein du système des Nations"
                    + " Unies",
                "will promote coherence on migration within the United Nations system"),
            fr(
                "apporteront leur contribution et leurs conseils sur les priorités stratégiques",
                "will provide input and advice on strategic priorities"))
        .externalPartners(SenegalObjectives.externalPartners())
        .build();
  }

  private static Governance governance() {
    return Governance.builder()
        .addCoChairs(
            ChairSeat.builder().holder(entity("OHCHR")).tenure(rotatingAnnually()).build(),
            ChairSeat.builder()
                .holder(entity("IOM"))
                .post(fr("Chef de Mission", "Chief of Mission"))
                .tenure(rotatingAnnually())
                .build())
        .chairDuties(SenegalGovernance.chairDuties())
        .coordinator(entity("IOM"))
        .meetings(SenegalGovernance.meetings())
        .decisions(SenegalGovernance.decisions())
        .workingGroupPolicy(SenegalGovernance.workingGroupPolicy())
        .annualReview(SenegalGovernance.annualReview())
        .secretariat(Secretariat.of(entity("IOM")))
        .reportingLines(SenegalGovernance.reportingLines())
        .partnerMeeting(partnerMeeting())
        .build();
  }

  private static Tenure rotatingAnnually() {
    return Tenure.builder()
        .kind(TenureKind.ROTATING)
        .termMonths(12)
        .nextHolderNamedAt(GoverningBody.ANNUAL_REVIEW)
        .wording(
            fr(
                "La coprésidence se fera de manière rotative et annuelle.",
                "The co-chairmanship will rotate annually."))
        .build();
  }

  private static PartnerMeeting partnerMeeting() {
    return PartnerMeeting.builder()
        .frequency(Frequency.parse(SenegalObjectives.OBJECTIVE_10).orElseThrow())
        .condition(fr("en fonction des ressources disponibles", "depending on available resources"))
        .addParticipant(
            StakeholderGroup.builder()
                .kind(GroupKind.NETWORK_MEMBERS)
                .wording(fr("tous les membres du Réseau", "all members of the Network"))
                .network(NETWORK)
                .build())
        .addAllParticipants(SenegalObjectives.externalPartners())
        .wording(SenegalObjectives.objectiveTen())
        .build();
  }
}
