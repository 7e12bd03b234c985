package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class StakeholderGroupTest {

  private final StakeholderGroup coChairs =
      StakeholderRef.group(GroupKind.NETWORK_CO_CHAIRS, LocalizedText.en("Regional Network co-chairs (IOM, OHCHR)"))
          .withEntities(EntityId.of("IOM"), EntityId.of("OHCHR"))
          .withNetwork("wca");

  @Test
  void namesItsEntitiesAndNetwork() {
    assertThat(coChairs.entityIds()).containsExactly(EntityId.of("IOM"), EntityId.of("OHCHR"));
    assertThat(coChairs.network()).contains("wca");
    assertThat(coChairs.provenance()).isEqualTo(Provenance.STATED);
    assertThat(coChairs).hasToString("Regional Network co-chairs (IOM, OHCHR)");
  }

  @Test
  void rejectsABlankNetworkId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> coChairs.withNetwork(" "))
        .withMessageStartingWith("network: ");
  }

  @Test
  void anEntityRefNamesOneEntity() {
    assertThat(StakeholderRef.entity("iom").entityIds()).containsExactly(EntityId.of("IOM"));
  }
}
