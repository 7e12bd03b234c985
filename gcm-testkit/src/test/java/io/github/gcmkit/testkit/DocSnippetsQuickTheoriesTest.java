package io.github.gcmkit.testkit;

import static org.quicktheories.QuickTheory.qt;

import io.github.gcmkit.model.charter.Charter;
import org.junit.jupiter.api.Test;

/** The QuickTheories snippets of the README and docs/testing.md, word for word as they show them. */
class DocSnippetsQuickTheoriesTest {

  @Test
  void readmeProperty() {
    qt().forAll(QuickTheoriesGenerators.gen(ModelGenerators.defaults().workplan()))
        .check(w -> w.workstreams().count() >= 0);
  }

  @Test
  void testingProperty() {
    qt().forAll(QuickTheoriesGenerators.gen(ModelGenerators.defaults().charter()))
        .check(c -> c.equals(Charter.builder().from(c).build()));
  }
}
