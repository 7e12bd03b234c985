package io.github.gcmkit.model;

import static io.github.gcmkit.model.EntityKind.FUND;
import static io.github.gcmkit.model.EntityKind.GOVERNMENT;
import static io.github.gcmkit.model.EntityKind.GOVERNMENT_AGENCY;
import static io.github.gcmkit.model.EntityKind.INITIATIVE;
import static io.github.gcmkit.model.EntityKind.INTERGOVERNMENTAL;
import static io.github.gcmkit.model.EntityKind.OTHER;
import static io.github.gcmkit.model.EntityKind.REGIONAL_ECONOMIC_COMMUNITY;
import static io.github.gcmkit.model.EntityKind.RESEARCH_CENTRE;
import static io.github.gcmkit.model.EntityKind.UN_COORDINATION;
import static io.github.gcmkit.model.EntityKind.UN_ENTITY;

import com.google.common.collect.ImmutableList;

/**
 * The catalogue that ships with gcmkit: every international organisation and government the source
 * documents name, and the members of the UN Network on Migration's Executive Committee and of the
 * country networks the reference material lists. National bodies (Cameroon's ministries) are
 * declared by the documents that name them, in their network's {@code entities}. French names follow UNTERM; where the reference material marks a
 * French name as unverified it is still the usual UN form.
 */
final class DefaultEntities {

  static final EntityCatalog CATALOG =
      EntityCatalog.builder().entities(unSystem()).addAllEntities(others()).build();

  private DefaultEntities() {}

  private static ImmutableList<Entity> unSystem() {
    return ImmutableList.of(
        un("IOM", "International Organization for Migration",
            "Organisation internationale pour les migrations", "OIM", "UN Migration"),
        un("OHCHR", "Office of the United Nations High Commissioner for Human Rights",
            "Haut-Commissariat des Nations Unies aux droits de l’homme", "HCDH", "UN Human Rights"),
        un("UNHCR", "Office of the United Nations High Commissioner for Refugees",
            "Haut-Commissariat des Nations Unies pour les réfugiés", "HCR"),
        un("UNICEF", "United Nations Children’s Fund", "Fonds des Nations Unies pour l’enfance"),
        un("UNDP", "United Nations Development Programme",
            "Programme des Nations Unies pour le développement", "PNUD"),
        un("UNODC", "United Nations Office on Drugs and Crime",
            "Office des Nations Unies contre la drogue et le crime", "ONUDC"),
        un("ILO", "International Labour Organization", "Organisation internationale du Travail",
            "OIT"),
        un("UN-DESA", "United Nations Department of Economic and Social Affairs",
            "Département des affaires économiques et sociales", "UN DESA", "UNDESA", "DESA", "DAES"),
        un("WHO", "World Health Organization", "Organisation mondiale de la Santé", "OMS"),
        un("ECA", "United Nations Economic Commission for Africa",
            "Commission économique pour l’Afrique", "UNECA", "CEA",
            "Economic Commission for Africa"),
        un("UNFPA", "United Nations Population Fund", "Fonds des Nations Unies pour la population",
            "FNUAP"),
        un("UN-WOMEN", "United Nations Entity for Gender Equality and the Empowerment of Women",
            "Entité des Nations Unies pour l’égalité des sexes et l’autonomisation des femmes",
            "UN Women", "UNWOMEN", "ONU-Femmes", "ONU Femmes"),
        un("FAO", "Food and Agriculture Organization of the United Nations",
            "Organisation des Nations Unies pour l’alimentation et l’agriculture"),
        un("UNESCO", "United Nations Educational, Scientific and Cultural Organization",
            "Organisation des Nations Unies pour l’éducation, la science et la culture"),
        un("UNEP", "United Nations Environment Programme",
            "Programme des Nations Unies pour l’environnement", "PNUE"),
        un("WFP", "World Food Programme", "Programme alimentaire mondial", "PAM"),
        un("UN-HABITAT", "United Nations Human Settlements Programme",
            "Programme des Nations Unies pour les établissements humains", "UN Habitat", "UNHABITAT",
            "ONU-Habitat", "ONU Habitat"),
        un("IFAD", "International Fund for Agricultural Development",
            "Fonds international de développement agricole", "FIDA"),
        un("UNCDF", "United Nations Capital Development Fund",
            "Fonds d’équipement des Nations Unies", "FENU"),
        un("UNIDO", "United Nations Industrial Development Organization",
            "Organisation des Nations Unies pour le développement industriel", "ONUDI"),
        un("UNAIDS", "Joint United Nations Programme on HIV/AIDS",
            "Programme commun des Nations Unies sur le VIH/sida", "ONUSIDA"),
        un("UNCTAD", "United Nations Conference on Trade and Development",
            "Conférence des Nations Unies sur le commerce et le développement", "CNUCED"),
        un("OCHA", "United Nations Office for the Coordination of Humanitarian Affairs",
            "Bureau de la coordination des affaires humanitaires", "BCAH"),
        un("ESCAP", "Economic and Social Commission for Asia and the Pacific",
            "Commission économique et sociale pour l’Asie et le Pacifique", "CESAP"),
        un("ESCWA", "Economic and Social Commission for Western Asia",
            "Commission économique et sociale pour l’Asie occidentale", "CESAO"),
        un("ECLAC", "Economic Commission for Latin America and the Caribbean",
            "Commission économique pour l’Amérique latine et les Caraïbes", "CEPALC"),
        un("UNECE", "United Nations Economic Commission for Europe",
            "Commission économique pour l’Europe", "ECE", "CEE"),
        un("WORLD-BANK", "World Bank", "Banque mondiale", "World Bank Group"),
        entity("RC", UN_COORDINATION, "United Nations Resident Coordinator",
            "Coordonnateur résident des Nations Unies", "CR", "Resident Coordinator",
            "Coordonnateur résident"),
        entity("RCO", UN_COORDINATION, "Resident Coordinator’s Office",
            "Bureau du Coordonnateur résident", "BCR", "UN RCO", "UNRCO", "UN-RCO"),
        entity("UNCT", UN_COORDINATION, "United Nations Country Team",
            "Équipe de pays des Nations Unies", "EPNU", "UN Country Team", "Equipe Pays"),
        entity("MIGRATION-MPTF", FUND, "Migration Multi-Partner Trust Fund",
            "Fonds fiduciaire multipartenaires pour la migration", "MPTF", "Migration MPTF"));
  }

  private static ImmutableList<Entity> others() {
    return ImmutableList.of(
        entity("AUC", INTERGOVERNMENTAL, "African Union Commission",
            "Commission de l’Union africaine", "CUA", "AU Commission"),
        entity("AU", INTERGOVERNMENTAL, "African Union", "Union africaine", "UA"),
        entity("ECOWAS", REGIONAL_ECONOMIC_COMMUNITY, "Economic Community of West African States",
            "Communauté économique des États de l’Afrique de l’Ouest", "CEDEAO",
            "ECOWAS Commission", "ECOWAS-Commission",
            "Communauté économique des États d’Afrique de l’Ouest"),
        entity("ECCAS", REGIONAL_ECONOMIC_COMMUNITY, "Economic Community of Central African States",
            "Communauté économique des États de l’Afrique centrale", "CEEAC",
            "ECCAS Commission", "ECCAS-Commission"),
        entity("IGAD", REGIONAL_ECONOMIC_COMMUNITY, "Intergovernmental Authority on Development",
            "Autorité intergouvernementale pour le développement"),
        entity("SADC", REGIONAL_ECONOMIC_COMMUNITY, "Southern African Development Community",
            "Communauté de développement de l’Afrique australe"),
        entity("EAC", REGIONAL_ECONOMIC_COMMUNITY, "East African Community",
            "Communauté d’Afrique de l’Est", "CAE"),
        entity("COMESA", REGIONAL_ECONOMIC_COMMUNITY, "Common Market for Eastern and Southern Africa",
            "Marché commun de l’Afrique orientale et australe"),
        entity("MIDWA", INTERGOVERNMENTAL, "Migration Dialogue for West Africa",
            "Dialogue sur la migration pour l’Afrique de l’Ouest"),
        entity("MIDCAS", INTERGOVERNMENTAL, "Migration Dialogue for Central African States",
            "Dialogue sur la migration pour les États d’Afrique centrale"),
        entity("GFMD", OTHER, "Global Forum on Migration and Development",
            "Forum mondial sur la migration et le développement", "FMMD"),
        entity("CCCPA", RESEARCH_CENTRE,
            "Cairo International Centre for Conflict Resolution, Peacekeeping and Peacebuilding",
            "Centre international du Caire pour la résolution des conflits, le maintien et la"
                + " consolidation de la paix"),
        entity("CHILD-RIGHTS-INITIATIVE", INITIATIVE,
            "Initiative on Child Rights in the Global Compacts",
            "Initiative pour les droits de l’enfant dans les pactes mondiaux",
            "Initiative on Child Rights in the Global Compacts"),
        entity("CHAMPION-INITIATIVE", INITIATIVE,
            "Champion Countries Initiative of the UN Network on Migration",
            "Initiative des pays champions du Réseau des Nations Unies sur les migrations",
            "Champions Initiative", "champion initiative"),
        national("CH-GOV", "CH", GOVERNMENT, null, "Swiss Confederation", "Confédération suisse",
            "Switzerland", "Suisse"),
        national("CM-GOV", "CM", GOVERNMENT, null, "Government of Cameroon",
            "Gouvernement du Cameroun", "Cameroon"),
        national("SN-GOV", "SN", GOVERNMENT, null, "Government of Senegal",
            "Gouvernement du Sénégal", "Senegal", "Sénégal"));
  }

  private static Entity un(String code, String english, String french, String... aliases) {
    return entity(code, UN_ENTITY, english, french, aliases);
  }

  private static Entity entity(
      String code, EntityKind kind, String english, String french, String... aliases) {
    return base(code, kind, english, french, aliases).build();
  }

  private static Entity national(
      String code,
      String country,
      EntityKind kind,
      @org.jspecify.annotations.Nullable String parent,
      String english,
      String french,
      String... aliases) {
    Entity.Builder builder = base(code, kind, english, french, aliases).country(country);
    if (parent != null) {
      builder.parent(EntityId.of(parent));
    }
    return builder.build();
  }

  private static Entity.Builder base(
      String code, EntityKind kind, String english, String french, String... aliases) {
    return Entity.builder()
        .id(EntityId.of(code))
        .kind(kind)
        .name(LocalizedText.en(english).withTranslation(LocalizedText.FRENCH, french))
        .addAliases(aliases);
  }
}
