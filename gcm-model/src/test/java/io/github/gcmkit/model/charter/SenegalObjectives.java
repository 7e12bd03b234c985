package io.github.gcmkit.model.charter;

import static io.github.gcmkit.model.charter.SenegalCharter.fr;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.GroupKind;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderGroup;

/**
 * The "Objectifs du réseau" of the Senegal charter, and the external partners its tenth objective
 * names. Part of {@link SenegalCharter}.
 */
final class SenegalObjectives {

  static final String OBJECTIVE_10 =
      "Organiser une fois par an - en fonction des ressources disponibles - une réunion entre tous"
          + " les membres du Réseau et les partenaires externes. Cela pourrait inclure les"
          + " départements/services étatiques, les migrants, la société civile, les organisations de"
          + " migrants et de diasporas, les organisations confessionnelles, les autorités et"
          + " communautés locales, le secteur privé, les organisations d'employeurs et de"
          + " travailleurs, les organisations de femmes, les associations de jeunes, les syndicats,"
          + " les parlementaires, les institutions nationales des droits de l'homme, le Mouvement"
          + " international de la Croix-Rouge et du Croissant-Rouge, les universités, les Groupes de"
          + " recherches, les médias et les autres acteurs concernés";

  private SenegalObjectives() {}

  private static StakeholderGroup group(GroupKind kind, String french, String english) {
    return StakeholderGroup.builder().kind(kind).wording(fr(french, english)).build();
  }

  static ImmutableList<CharterObjective> objectives() {
    ImmutableList<LocalizedText> texts =
        ImmutableList.of(
            fr(
                "Partager les informations sur les domaines d'interventions des différentes parties"
                    + " prenantes du réseau et notamment les programmes en cours de conception et de"
                    + " mise en œuvre",
                "Share information on the areas of intervention of the Network's various"
                    + " stakeholders, in particular the programmes being designed and implemented"),
            fr(
                "Partager des mises à jour régulières sur les questions migratoires clés/émergentes"
                    + " avec les membres du Réseau ; et documents, études et informations pratiques"
                    + " pertinentes afin de favoriser une compréhension globale du contexte national",
                "Share regular updates on key/emerging migration issues with the members of the"
                    + " Network; and relevant documents, studies and practical information in order"
                    + " to foster a holistic understanding of the national context"),
            fr(
                "Fournir des informations au Réseau régional des Nations Unies sur la migration sur"
                    + " les progrès réalisés et les activités liées au PMM et demander conseil au"
                    + " Réseau mondial, le cas échéant",
                "Provide information to the Regional United Nations Network on Migration on the"
                    + " progress made and the activities related to the GCM, and seek advice from"
                    + " the Global Network where appropriate"),
            fr(
                "Renforcer les capacités des membres sur les questions liées à la migration",
                "Strengthen the capacities of members on migration-related issues"),
            fr(
                "Valoriser les bases de données existantes en lien avec la migration",
                "Make the most of existing migration-related databases"),
            fr(
                "Assurer, en coordination avec le Réseau Régional des Nations Unies pour les"
                    + " migrations, un appui en phase avec les politiques de gestion de la migration"
                    + " nationale, et en cohérence avec le PMM",
                "Ensure, in coordination with the Regional United Nations Network on Migration,"
                    + " support in line with national migration management policies and consistent"
                    + " with the GCM"),
            fr(
                "Soutenir d'autres initiatives régionales et mondiales telles que le Forum mondial"
                    + " sur la Migration et le Développement dans leurs efforts pour faire progresser"
                    + " le PMM au niveau national",
                "Support other regional and global initiatives such as the Global Forum on"
                    + " Migration and Development in their efforts to advance the GCM at the"
                    + " national level"),
            fr(
                "Servir de source d'idées, d'outils, de données et d'informations fiables,"
                    + " d'analyses et d'orientations politiques sur les questions de migration,"
                    + " notamment par le biais du mécanisme de renforcement des capacités établi dans"
                    + " le PMM et des acteurs actifs dans la gestion de la migration",
                "Serve as a source of ideas, tools, reliable data and information, analysis and"
                    + " policy guidance on migration issues, including through the capacity-building"
                    + " mechanism established in the GCM and the actors active in migration"
                    + " management"),
            fr(
                "Veiller à ce que les actions du Réseau favorisent l'application des normes et"
                    + " standards internationaux et régionaux pertinents relatifs à la migration et à"
                    + " la protection des droits de l'Homme et des migrants",
                "Ensure that the Network's actions promote the application of relevant"
                    + " international and regional norms and standards relating to migration and to"
                    + " the protection of human rights and of migrants"),
            objectiveTen(),
            fr(
                "Préparer un plan de travail annuel conjoint en accord avec les priorités du"
                    + " gouvernement du Sénégal pour soutenir la mise en œuvre du PMM et d'autres"
                    + " programmes de développement liés à la migration.",
                "Prepare a joint annual workplan in line with the priorities of the Government of"
                    + " Senegal to support the implementation of the GCM and other migration-related"
                    + " development programmes."));
    ImmutableList.Builder<CharterObjective> objectives = ImmutableList.builder();
    for (int i = 0; i < texts.size(); i++) {
      objectives.add(CharterObjective.of(String.valueOf(i + 1), texts.get(i)));
    }
    return objectives.build();
  }

  static LocalizedText objectiveTen() {
    return fr(
        OBJECTIVE_10,
        "Organise once a year - depending on available resources - a meeting between all members of"
            + " the Network and external partners. This could include State departments/services,"
            + " migrants, civil society, migrant and diaspora organisations, faith-based"
            + " organisations, local authorities and communities, the private sector, employers' and"
            + " workers' organisations, women's organisations, youth associations, trade unions,"
            + " parliamentarians, national human rights institutions, the International Red Cross"
            + " and Red Crescent Movement, universities, research groups, the media and other"
            + " relevant actors");
  }

  /**
   * The external partners of objective 10, in the document's order. "Les autorités et communautés
   * locales" names two categories and gives two groups; the objective's wording keeps the phrase.
   */
  static ImmutableList<StakeholderGroup> externalPartners() {
    return ImmutableList.of(
        group(GroupKind.GOVERNMENT, "les départements/services étatiques", "State departments/services"),
        group(GroupKind.MIGRANTS, "les migrants", "migrants"),
        group(GroupKind.CIVIL_SOCIETY, "la société civile", "civil society"),
        group(
            GroupKind.DIASPORAS,
            "les organisations de migrants et de diasporas",
            "migrant and diaspora organisations"),
        group(
            GroupKind.FAITH_BASED_ORGANIZATIONS,
            "les organisations confessionnelles",
            "faith-based organisations"),
        group(GroupKind.LOCAL_AUTHORITIES, "les autorités locales", "local authorities"),
        group(GroupKind.COMMUNITIES, "les communautés locales", "local communities"),
        group(GroupKind.PRIVATE_SECTOR, "le secteur privé", "the private sector"),
        group(
            GroupKind.EMPLOYERS_AND_WORKERS,
            "les organisations d'employeurs et de travailleurs",
            "employers' and workers' organisations"),
        group(GroupKind.WOMEN_ORGANIZATIONS, "les organisations de femmes", "women's organisations"),
        group(GroupKind.YOUTH, "les associations de jeunes", "youth associations"),
        group(GroupKind.TRADE_UNIONS, "les syndicats", "trade unions"),
        group(GroupKind.PARLIAMENTARIANS, "les parlementaires", "parliamentarians"),
        group(
            GroupKind.NATIONAL_HUMAN_RIGHTS_INSTITUTIONS,
            "les institutions nationales des droits de l'homme",
            "national human rights institutions"),
        group(
            GroupKind.RED_CROSS_RED_CRESCENT,
            "le Mouvement international de la Croix-Rouge et du Croissant-Rouge",
            "the International Red Cross and Red Crescent Movement"),
        group(GroupKind.ACADEMIA, "les universités", "universities"),
        group(GroupKind.ACADEMIA, "les Groupes de recherches", "research groups"),
        group(GroupKind.MEDIA, "les médias", "the media"),
        group(GroupKind.OTHER_STAKEHOLDERS, "les autres acteurs concernés", "other relevant actors"));
  }
}
