package io.github.gcmkit.testkit;

import com.google.common.collect.ImmutableList;

/** Bilingual wording taken from the source documents, for realistic generated text. */
final class Phrases {

  /** English and French forms of one text. */
  static final class Pair {
    final String english;
    final String french;

    Pair(String english, String french) {
      this.english = english;
      this.french = french;
    }
  }

  static final ImmutableList<Pair> STATEMENTS =
      ImmutableList.of(
          pair("Share regular updates on key and emerging migration issues with members of the Network",
              "Partager des mises à jour régulières sur les questions migratoires clés/émergentes"),
          pair("Provide a briefing for ECOWAS-Commission on GCM Regional Review",
              "Fournir un briefing à la Commission de la CEDEAO sur l’examen régional du PMM"),
          pair("Organize one virtual workshop for National UNMN in WCA on the review",
              "Organiser un atelier virtuel pour les réseaux nationaux sur l’examen"),
          pair("Keep National UNMNs informed of important developments at the global and regional level",
              "Tenir les réseaux nationaux informés des évolutions importantes"),
          pair("Create a newsletter on network activities, to be disseminated on a quarterly basis",
              "Créer une lettre d’information trimestrielle sur les activités du Réseau"),
          pair("Support the Government in the elaboration of the first National Migration Policy",
              "Appuyer le Gouvernement dans l’élaboration de la première Politique nationale de migration"),
          pair("Strengthen the capacities of members on migration issues",
              "Renforcer les capacités des membres sur les questions liées à la migration"),
          pair("Ensure that the actions of the Network promote international human rights standards",
              "Veiller à ce que les actions du Réseau favorisent l’application des normes relatives aux droits de l’homme"),
          pair("Map relevant civil society organizations, migrant associations and NHRIs in the region",
              "Cartographier les organisations de la société civile et les associations de migrants"),
          pair("Produce a joint training on alternatives to immigration detention",
              "Produire une formation conjointe sur les alternatives à la rétention des migrants"),
          pair("Decisions of the Network will be taken by consensus after consultation",
              "Les décisions du Réseau seront prises par consensus après consultation"),
          pair("The Network will meet as needed and as a rule every three months",
              "Le Réseau se réunira selon les besoins et en règle générale tous les trois mois"));

  static final ImmutableList<Pair> GROUPS =
      ImmutableList.of(
          pair("ECOWAS or ECCAS Member States respectively", "les États membres de la CEDEAO ou de la CEEAC"),
          pair("Local authorities", "les autorités locales"),
          pair("Regional UNMN members", "les membres du Réseau régional"),
          pair("relevant CSOs and other stakeholders, including diasporas",
              "les organisations de la société civile et les diasporas"),
          pair("Regional Network co-chairs (IOM, OHCHR)", "les coprésidents du Réseau régional (OIM, HCDH)"),
          pair("migrants", "les migrants"),
          pair("the private sector", "le secteur privé"));

  static final ImmutableList<Pair> NAMES =
      ImmutableList.of(
          pair("UN Migration Network for Cameroon", "Réseau des Nations Unies sur les migrations pour le Cameroun"),
          pair("UN Network on Migration for Senegal", "Réseau des Nations Unies sur les migrations pour le Sénégal"),
          pair("Regional UN Migration Network for West and Central Africa",
              "Réseau régional des Nations Unies sur les migrations pour l’Afrique de l’Ouest et du Centre"),
          pair("Technical Group", "Groupe technique"),
          pair("Migration Data and Research working group", "Groupe de travail sur les données et la recherche"));

  private Phrases() {}

  private static Pair pair(String english, String french) {
    return new Pair(english, french);
  }
}
