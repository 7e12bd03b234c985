package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityCatalogTest {

  private static final EntityCatalog CATALOG = EntityCatalog.defaults();

  @Test
  void everyCodeAndAliasResolvesToItsEntityWhateverTheCase() {
    for (Entity entity : CATALOG.entities()) {
      assertThat(CATALOG.get(entity.id())).containsSame(entity);
      for (String name : names(entity)) {
        assertThat(CATALOG.resolve(name)).as(name).containsSame(entity);
        assertThat(CATALOG.resolve(name.toLowerCase(Locale.ROOT))).as(name).containsSame(entity);
        assertThat(CATALOG.resolve(name.toUpperCase(Locale.ROOT))).as(name).containsSame(entity);
      }
    }
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "OIM, IOM", "oim, IOM", "CEDEAO, ECOWAS", "Cedeao, ECOWAS", "BCR, RCO", "HCDH, OHCHR",
    "PNUD, UNDP", "CEEAC, ECCAS", "UN Women, UN-WOMEN", "ONU-Femmes, UN-WOMEN", "UA, AU",
    "CUA, AUC", "Equipe Pays, UNCT", "Équipe Pays, UNCT", "UNRCO, RCO", "UN RCO, RCO",
    "UNWOMEN, UN-WOMEN", "ONU Femmes, UN-WOMEN", "OIT, ILO", "OMS, WHO", "HCR, UNHCR",
    "UN Migration, IOM", "COMESA, COMESA", "MIDWA, MIDWA"
  })
  void resolvesTheDocumentsAliases(String alias, String code) {
    assertThat(CATALOG.resolve(alias).map(Entity::id)).contains(EntityId.of(code));
  }

  @Test
  void noTwoEntitiesShareACodeOrAnAlias() {
    Map<String, EntityId> owners = new HashMap<>();
    for (Entity entity : CATALOG.entities()) {
      for (String name : names(entity)) {
        EntityId owner = owners.putIfAbsent(TextMatching.key(name), entity.id());
        assertThat(owner == null || owner.equals(entity.id()))
            .as("'%s' of %s is also used by %s", name, entity.id(), owner)
            .isTrue();
      }
    }
  }

  @Test
  void everyEntityHasEnglishAndFrenchNamesAndAKnownParent() {
    assertThat(CATALOG.entities()).allSatisfy(e -> {
      assertThat(e.name().languages()).contains("en", "fr");
      e.parent().ifPresent(p -> assertThat(CATALOG.contains(p)).as("parent of %s", e).isTrue());
    });
  }

  /** Each organisation the four source documents name, in one of the ways a document names it. */
  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 000: the West and Central Africa workplan
        "AUC | AUC", "AU Commission | AUC", "AU | AU", "ECOWAS | ECOWAS", "ECCAS | ECCAS",
        "IOM | IOM", "OHCHR | OHCHR", "ECA | ECA", "UNICEF | UNICEF", "MPTF | MIGRATION-MPTF",
        "Initiative on Child Rights in the Global Compacts | CHILD-RIGHTS-INITIATIVE",
        "Global Forum on Migration and Development | GFMD", "Economic Commission for Africa | ECA",
        "ECOWAS-Commission | ECOWAS", "ECCAS-Commission | ECCAS",
        // 001: the Cameroon workplan
        "Resident Coordinator's Office | RCO", "UNCT | UNCT", "Migration MPTF | MIGRATION-MPTF",
        // (its ministries are declared by the cm dataset itself: see CameroonDatasetTest)
        "Government of Cameroon | CM-GOV", "champion initiative | CHAMPION-INITIATIVE",
        // 002: the Senegal charter
        "Coordonnateur Résident des Nations Unies | RC", "OIM | IOM", "BCR | RCO", "RC | RC",
        "Haut-Commissariat des Nations Unies aux Droits de l'Homme | OHCHR",
        "Union Africaine | AU", "Forum mondial sur la Migration et le Développement | GFMD",
        "Communauté Economique Des Etats d'Afrique de l'Ouest | ECOWAS",
        "gouvernement du Sénégal | SN-GOV", "Equipe Pays | UNCT",
        // 004: the CCCPA webinar concept note
        "CCCPA | CCCPA", "International Organization for Migration | IOM",
        "African Union Commission | AUC", "Swiss Confederation | CH-GOV"
      })
  void holdsEveryOrganisationTheSourceDocumentsName(String wording, String code) {
    assertThat(named(wording).map(Entity::id)).contains(EntityId.of(code));
  }

  @Test
  void unknownNamesResolveToNothing() {
    assertThat(CATALOG.resolve("")).isEmpty();
    assertThat(CATALOG.resolve("ACME")).isEmpty();
    assertThat(CATALOG.get(EntityId.of("ACME"))).isEmpty();
  }

  @Test
  void aClashingAliasIsRejectedWithItsName() {
    Entity clash = ngo("CLASH", "oim");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> CATALOG.plus(clash))
        .withMessageStartingWith("entities[" + CATALOG.size() + "]: ")
        .withMessageContaining("'oim'")
        .withMessageContaining("IOM");
  }

  @Test
  void aClashingCodeIsRejectedWithItsName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EntityCatalog.builder().addEntities(ngo("ACME"), ngo("acme")).build())
        .withMessageStartingWith("entities[1]: ")
        .withMessageContaining("'ACME'");
  }

  @Test
  void usersExtendTheDefaults() {
    Entity ngo = ngo("ACME", "Acme Migrants Aid");

    EntityCatalog mine = EntityCatalog.builder().from(CATALOG).addEntity(ngo).build();

    assertThat(mine.size()).isEqualTo(CATALOG.size() + 1);
    assertThat(mine.resolve("acme migrants aid")).contains(ngo);
    assertThat(mine.resolve("OIM").map(Entity::id)).contains(EntityId.of("IOM"));
    assertThat(CATALOG.contains(ngo.id())).isFalse();
    assertThat(CATALOG.plus(ngo)).isEqualTo(mine);
  }

  private static Entity ngo(String code, String... aliases) {
    return Entity.builder()
        .id(EntityId.of(code))
        .kind(EntityKind.CIVIL_SOCIETY)
        .name(LocalizedText.en(code + " NGO"))
        .addAliases(aliases)
        .build();
  }

  private static Set<String> names(Entity entity) {
    Set<String> names = new LinkedHashSet<>();
    names.add(entity.id().code());
    names.addAll(entity.aliases());
    return names;
  }

  /** The entity a document's words name: by code or alias, else by its name in any language. */
  private static Optional<Entity> named(String wording) {
    String key = TextMatching.key(wording);
    return CATALOG.resolve(wording)
        .or(() -> CATALOG.entities().stream()
            .filter(e -> e.name().texts().values().stream().anyMatch(n -> TextMatching.key(n).equals(key)))
            .findFirst());
  }

  @ParameterizedTest(name = "{0}: did you mean {1}?")
  @CsvSource({"UNCRO, RCO", "IMO, IOM", "UNICF, UNICEF", "OHCRH, OHCHR", "ECOWASS, ECOWAS"})
  void suggestsTheClosestCodeOrAlias(String typo, String code) {
    assertThat(CATALOG.suggestions(typo)).extracting(Entity::id).contains(EntityId.of(code));
    assertThat(CATALOG.suggestions(typo).size()).isBetween(1, 3);
  }

  @Test
  void suggestsNothingForANameFarFromEveryCode() {
    assertThat(CATALOG.suggestions("MINISTRY-OF-EXTERNAL-RELATIONS-OF-ATLANTIS")).isEmpty();
    assertThat(CATALOG.suggestions("QQQQ")).isEmpty();
  }

  @Test
  void suggestsTheExactSpellingFirst() {
    assertThat(CATALOG.suggestions("iom").get(0).id()).isEqualTo(EntityId.of("IOM"));
  }

  @Test
  void withADocumentsOwnOrganisationsResolvesTheirCodesAndAliasesBesideTheCatalogues() {
    Entity minrex = local("MINEXT", "Ministère des relations extérieures");
    EntityCatalog extended = CATALOG.with(java.util.List.of(minrex));
    assertThat(extended.resolve("minext")).containsSame(minrex);
    assertThat(extended.resolve("Ministère des relations extérieures")).containsSame(minrex);
    assertThat(extended.resolve("OIM").map(Entity::id)).contains(EntityId.of("IOM"));
    assertThat(CATALOG.resolve("MINEXT")).isEmpty();
    assertThat(CATALOG.with(java.util.List.of())).isSameAs(CATALOG);
  }

  @Test
  void aDocumentsOwnOrganisationCannotTakeACatalogueCodeOrAlias() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CATALOG.with(java.util.List.of(local("LOCAL-1", "OIM"))))
        .withMessageContaining("'OIM'")
        .withMessageContaining("IOM");
  }

  private static Entity local(String code, String alias) {
    return Entity.builder()
        .id(EntityId.of(code))
        .kind(EntityKind.GOVERNMENT_AGENCY)
        .name(LocalizedText.en("A ministry").withTranslation("fr", "Un ministère"))
        .addAlias(alias)
        .build();
  }
}
