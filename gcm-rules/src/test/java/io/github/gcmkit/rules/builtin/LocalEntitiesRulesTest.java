package io.github.gcmkit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityKind;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Validator;
import io.github.gcmkit.rules.fixtures.Cameroon;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules resolve the organisations a network declares of its own beside the catalogue's. */
class LocalEntitiesRulesTest {

  private static final String RESOLVED = "workplan.stakeholder.resolved";
  private static final Validator BASELINE = Validator.of(Profile.baseline());

  private static final Entity MINEXT =
      Entity.builder()
          .id(EntityId.of("MINEXT"))
          .kind(EntityKind.GOVERNMENT_AGENCY)
          .name(LocalizedText.of("fr", "Ministère des relations extérieures").withTranslation("en", "Ministry of External Relations"))
          .build();

  private static Network ledBy(String code, List<Entity> own) {
    Workplan workplan = Cameroon.workplan();
    Priority first = workplan.priorities().get(0).withLeads(EntityRef.of(EntityId.of(code)));
    List<Priority> priorities = new java.util.ArrayList<>(workplan.priorities());
    priorities.set(0, first);
    Network cameroon = Cameroon.network();
    List<Entity> entities = new java.util.ArrayList<>(cameroon.entities());
    entities.addAll(own);
    return cameroon.withWorkplans(workplan.withPriorities(priorities)).withEntities(entities);
  }

  @Test
  void anOrganisationTheNetworkDeclaresResolves() {
    assertThat(BASELINE.validate(ledBy("MINEXT", List.of(MINEXT))).findings())
        .noneMatch(f -> f.ruleId().equals(RESOLVED));
  }

  @Test
  void anOrganisationNoOneDeclaresIsReportedWithTheClosestCodesInBothLanguages() {
    Finding finding = BASELINE.validate(ledBy("MINEXTT", List.of(MINEXT))).findings().stream()
        .filter(f -> f.ruleId().equals(RESOLVED)).findFirst().orElseThrow();

    assertThat(finding.hint().orElseThrow().text("en")).startsWith("Did you mean MINEXT");
    assertThat(finding.hint().orElseThrow().text("fr")).startsWith("Vouliez-vous dire MINEXT");
  }
}
