package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityTest {

  private static final Entity.Builder MINREX =
      Entity.builder()
          .id(EntityId.of("MINREX"))
          .kind(EntityKind.GOVERNMENT_AGENCY)
          .name(LocalizedText.en("Ministry of External Relations"));

  @Test
  void codesAreUpperCased() {
    assertThat(EntityId.of("un-women").code()).isEqualTo("UN-WOMEN");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "UN WOMEN", "UN--WOMEN", "-IOM", "IOM-", "OIM!"})
  void rejectsCodesThatAreNotCodes(String code) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EntityId.of(code))
        .withMessageStartingWith("code: ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cm", "CMR", "C", "12"})
  void rejectsACountryThatIsNotAnIsoCode(String country) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MINREX.country(country).build())
        .withMessageStartingWith("country: ")
        .withMessageContaining("'" + country + "'");
  }

  @Test
  void rejectsABlankAlias() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Entity.builder().from(MINREX.build()).addAlias(" ").build())
        .withMessageStartingWith("aliases: ");
  }

  @Test
  void rejectsAnEntityThatIsItsOwnParent() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Entity.builder().from(MINREX.build()).parent(EntityId.of("MINREX")).build())
        .withMessageStartingWith("parent: ");
  }

  @Test
  void acceptsAWellFormedEntity() {
    Entity minrex = Entity.builder().from(MINREX.build()).country("CM").parent(EntityId.of("CM-GOV")).build();

    assertThat(minrex.country()).contains("CM");
    assertThat(minrex.isUnSystem()).isFalse();
  }
}
