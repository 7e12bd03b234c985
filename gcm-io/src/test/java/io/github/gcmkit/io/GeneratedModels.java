package io.github.gcmkit.io;

import static io.github.gcmkit.testkit.QuickTheoriesGenerators.gen;

import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityKind;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.testkit.ModelGenerators;
import org.quicktheories.core.Gen;

/** What the tests over gcm-testkit's generated models share. */
final class GeneratedModels {

  /**
   * The generators also name organisations the default catalogue does not know ("LOCAL-NGO-3"),
   * as documents do; strict reading accepts them once the catalogue is extended with them.
   */
  static final GcmOptions OPTIONS = GcmOptions.defaults().withEntityCatalog(localCatalog());

  private static final ModelGenerators MODELS = ModelGenerators.defaults();

  private GeneratedModels() {}

  /** Documents of every kind a file can hold: federations, networks, charters, workplans, events,
   * joint programmes, progress reports. */
  static Gen<Object> documents() {
    return gen(MODELS.federation()).map(v -> (Object) v)
        .mix(gen(MODELS.network()).map(v -> (Object) v), 30)
        .mix(gen(MODELS.charter()).map(v -> (Object) v), 30)
        .mix(gen(MODELS.workplan()).map(v -> (Object) v), 30)
        .mix(gen(MODELS.event()).map(v -> (Object) v), 20)
        .mix(gen(MODELS.jointProgramme()).map(v -> (Object) v), 20)
        .mix(gen(MODELS.progressReport()).map(v -> (Object) v), 20);
  }

  private static EntityCatalog localCatalog() {
    EntityCatalog catalog = EntityCatalog.defaults();
    for (int i = 1; i <= 9; i++) {
      catalog = catalog.plus(Entity.builder()
          .id(EntityId.of("LOCAL-NGO-" + i))
          .kind(EntityKind.CIVIL_SOCIETY)
          .name(LocalizedText.en("Local NGO " + i))
          .build());
    }
    return catalog;
  }
}
