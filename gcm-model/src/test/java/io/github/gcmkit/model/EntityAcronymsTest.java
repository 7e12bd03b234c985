package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Organisations named for short by their code, and in French by the French acronym the catalogue records. */
class EntityAcronymsTest {

  private static final EntityCatalog DEFAULTS = EntityCatalog.defaults();

  private static String french(String code) {
    return DEFAULTS.acronym(EntityId.of(code)).text(LocalizedText.FRENCH);
  }

  @Test
  void frenchNamesOrganisationsByTheirFrenchAcronyms() {
    assertThat(french("IOM")).isEqualTo("OIM");
    assertThat(french("OHCHR")).isEqualTo("HCDH");
    assertThat(french("RC")).isEqualTo("CR");
    assertThat(french("RCO")).isEqualTo("BCR");
    assertThat(french("UNDP")).isEqualTo("PNUD");
    assertThat(french("UNECE")).isEqualTo("CEE");
    assertThat(french("UNICEF")).isEqualTo("UNICEF");
    assertThat(DEFAULTS.acronym(EntityId.of("IOM")).text(LocalizedText.ENGLISH)).isEqualTo("IOM");
  }

  @Test
  void anEntityOfOnesOwnCatalogueGetsItsFrenchAcronymToo() {
    Entity ngo = Entity.builder()
        .id(EntityId.of("MRN"))
        .kind(EntityKind.CIVIL_SOCIETY)
        .name(LocalizedText.en("Migrants' Rights Network").withTranslation("fr", "Réseau des droits des migrants"))
        .addAlias("RDM")
        .addAlias("Rights network")
        .build();
    EntityCatalog mine = EntityCatalog.builder().addEntity(ngo).build();
    assertThat(ngo.acronym().text(LocalizedText.FRENCH)).isEqualTo("RDM");
    assertThat(mine.acronym(EntityId.of("MRN")).text(LocalizedText.ENGLISH)).isEqualTo("MRN");
    assertThat(mine.acronym(EntityId.of("UNKNOWN")).text(LocalizedText.FRENCH)).isEqualTo("UNKNOWN");
  }
}
