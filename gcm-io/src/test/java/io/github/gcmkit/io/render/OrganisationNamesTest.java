package io.github.gcmkit.io.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityKind;
import io.github.gcmkit.model.LocalizedText;
import org.junit.jupiter.api.Test;

/** Organisations named in French renders by the French acronym the catalogue records. */
class OrganisationNamesTest {

  private static final OrganisationNames DEFAULTS = new OrganisationNames(EntityCatalog.defaults());

  @Test
  void frenchDocumentsNameOrganisationsByTheirFrenchAcronyms() {
    assertThat(DEFAULTS.name(EntityId.of("IOM"), "fr")).isEqualTo("OIM");
    assertThat(DEFAULTS.name(EntityId.of("OHCHR"), "fr")).isEqualTo("HCDH");
    assertThat(DEFAULTS.name(EntityId.of("RC"), "fr")).isEqualTo("CR");
    assertThat(DEFAULTS.name(EntityId.of("RCO"), "fr")).isEqualTo("BCR");
    assertThat(DEFAULTS.name(EntityId.of("UNDP"), "fr")).isEqualTo("PNUD");
    assertThat(DEFAULTS.name(EntityId.of("UNECE"), "fr")).isEqualTo("CEE");
    assertThat(DEFAULTS.name(EntityId.of("UNICEF"), "fr")).isEqualTo("UNICEF");
    assertThat(DEFAULTS.name(EntityId.of("IOM"), "en")).isEqualTo("IOM");
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
    OrganisationNames names = new OrganisationNames(EntityCatalog.builder().addEntity(ngo).build());
    assertThat(names.name(EntityId.of("MRN"), "fr")).isEqualTo("RDM");
    assertThat(names.name(EntityId.of("UNKNOWN"), "fr")).isEqualTo("UNKNOWN");
  }
}
