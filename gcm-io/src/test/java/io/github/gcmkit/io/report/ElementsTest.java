package io.github.gcmkit.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Elements named as people count them, in English and French. */
class ElementsTest {

  @Test
  void itemsAreCountedFromOneUnderTheirFieldsName() {
    assertThat(Elements.describe("/workplans/0/priorities/9/activities/0", "en"))
        .isEqualTo("workplan 1 › priority 10 › activity 1");
    assertThat(Elements.describe("/workplans/0/priorities/9/activities/0", "fr"))
        .isEqualTo("plan de travail 1 › priorité 10 › activité 1");
    assertThat(Elements.describe("/charter/governance/coChairs/1", "en")).isEqualTo("charter › governance › co-chair 2");
  }

  @Test
  void unknownFieldsKeepTheirNameAndTheWholeDocumentIsNothing() {
    assertThat(Elements.describe("/charter/a~1b/x", "en")).isEqualTo("charter › a/b › x");
    assertThat(Elements.describe("", "en")).isEmpty();
    assertThat(Elements.describe("/events/00", "en")).isEqualTo("event › 00");
  }
}
