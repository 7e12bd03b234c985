package io.github.gcmkit.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.rules.Validator;
import io.github.gcmkit.testkit.ModelGenerators;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module and package graph the README describes: dependencies point one way, model ← rules ←
 * io ← examples; the model knows nothing of JSON or rules; the rules know nothing of JSON; an
 * {@code internal} package is used by its own module alone; the renderers do not depend on the
 * reader, nor on gcm-io's internal package where the reader and the writer live. Checked with
 * ArchUnit over the compiled classes of every module.
 */
class ArchitectureTest {

  private static final String MODEL = "io.github.gcmkit.model..";
  private static final String RULES = "io.github.gcmkit.rules..";
  private static final String IO = "io.github.gcmkit.io..";
  private static final String TESTKIT = "io.github.gcmkit.testkit..";
  private static final String EXAMPLES = "io.github.gcmkit.examples..";
  private static final String JACKSON = "tools.jackson..";

  private static JavaClasses classes;

  @BeforeAll
  static void importEveryModule() {
    Set<Location> locations = new LinkedHashSet<>();
    for (Class<?> module :
        new Class<?>[] {
          Federation.class, Validator.class, GcmJson.class, ModelGenerators.class, Datasets.class
        }) {
      locations.add(location(module));
    }
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importLocations(locations);
  }

  @Test
  void everyModuleWasImported() {
    for (String root : new String[] {"model", "rules", "io", "testkit", "examples"}) {
      assertThat(classes.stream().map(JavaClass::getPackageName))
          .as(root)
          .anyMatch(p -> p.startsWith("io.github.gcmkit." + root));
    }
  }

  @Test
  void theModelKnowsNothingOfRulesReadersOrJson() {
    noClasses()
        .that()
        .resideInAPackage(MODEL)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(RULES, IO, TESTKIT, EXAMPLES, JACKSON)
        .because("gcm-model holds the value types alone (docs: Modules)")
        .check(classes);
  }

  @Test
  void theRulesKnowNothingOfReadersOrJson() {
    noClasses()
        .that()
        .resideInAPackage(RULES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(IO, TESTKIT, EXAMPLES, JACKSON)
        .because("rules judge the model, whatever it was read from")
        .check(classes);
  }

  @Test
  void theTestkitBuildsOnTheModelAlone() {
    noClasses()
        .that()
        .resideInAPackage(TESTKIT)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(RULES, IO, EXAMPLES, JACKSON)
        .because("consumers' property tests use the generators with the model alone")
        .check(classes);
  }

  @Test
  void theIoModuleDoesNotDependOnTheExamples() {
    noClasses()
        .that()
        .resideInAPackage(IO)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(TESTKIT, EXAMPLES)
        .check(classes);
  }

  @Test
  void internalPackagesAreUsedByTheirOwnModuleAlone() {
    for (String module : new String[] {"model", "rules", "io", "testkit", "examples"}) {
      String root = "io.github.gcmkit." + module;
      noClasses()
          .that()
          .resideOutsideOfPackage(root + "..")
          .should()
          .dependOnClassesThat(internalTo(root))
          .because("an internal package is no part of the public API")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void theRenderersDoNotDependOnTheReader() {
    noClasses()
        .that()
        .resideInAPackage("io.github.gcmkit.io.render..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(JACKSON)
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("io.github.gcmkit.io.internal..")
        .orShould()
        .dependOnClassesThat()
        .belongToAnyOf(
            io.github.gcmkit.io.GcmCodec.class,
            GcmJson.class,
            io.github.gcmkit.io.GcmYaml.class,
            io.github.gcmkit.io.GcmModule.class,
            io.github.gcmkit.io.GcmDocument.class,
            io.github.gcmkit.io.GcmFormatException.class)
        .because("a renderer draws a model, however it was obtained")
        .check(classes);
  }

  private static DescribedPredicate<JavaClass> internalTo(String root) {
    return DescribedPredicate.describe(
        "are in an internal package of " + root,
        c -> c.getPackageName().startsWith(root + ".") && c.getPackageName().contains(".internal"));
  }

  private static Location location(Class<?> type) {
    try {
      return Location.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
