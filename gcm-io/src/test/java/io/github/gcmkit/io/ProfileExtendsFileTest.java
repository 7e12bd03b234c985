package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile file extends another profile file by its path relative to it. */
class ProfileExtendsFileTest {

  @TempDir Path dir;

  @Test
  void aProfileExtendsASiblingProfileFile() throws IOException {
    Files.writeString(dir.resolve("base.yaml"), """
        gcmProfile: '1.0'
        name: base
        extends: baseline
        severities:
          charter.annual-review.required: error
        """);
    Files.createDirectory(dir.resolve("team"));
    Path strict = Files.writeString(dir.resolve("team/strict.json"),
        "{\"gcmProfile\": \"1.0\", \"name\": \"strict\", \"extends\": \"../base.yaml\","
            + " \"exclude\": [\"workplan.*\"]}");
    Profile profile = GcmProfiles.defaults().read(strict);
    assertThat(profile.name()).isEqualTo("strict");
    assertThat(profile.extended()).map(Profile::name).contains("base");
    assertThat(profile.resolve(GcmProfiles.defaults().catalog()))
        .anySatisfy(r -> {
          assertThat(r.id()).isEqualTo("charter.annual-review.required");
          assertThat(r.severity()).isEqualTo(Severity.ERROR);
        })
        .noneSatisfy(r -> assertThat(r.id()).startsWith("workplan."));
  }

  @Test
  void aCycleIsALocatedProblem() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "gcmProfile: '1.0'\nname: a\nextends: b.yaml\n");
    Path b = Files.writeString(dir.resolve("b.yaml"), "gcmProfile: '1.0'\nname: b\nextends: a.yaml\n");
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class, () -> GcmProfiles.defaults().read(b));
    assertThat(e.source()).isEqualTo(b.toString());
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).hasToString("/extends");
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.column()).isEqualTo(10);
      assertThat(p.message()).contains("cycle: b.yaml → a.yaml → b.yaml");
    });
  }

  @Test
  void aMissingFileAndAUrlAreLocatedProblems() throws IOException {
    Path missing = Files.writeString(dir.resolve("m.yaml"), "gcmProfile: '1.0'\nname: m\nextends: nowhere.yaml\n");
    assertThat(catchThrowableOfType(GcmFormatException.class, () -> GcmProfiles.defaults().read(missing)).problems())
        .singleElement().satisfies(p -> {
          assertThat(p.pointer()).hasToString("/extends");
          assertThat(p.message()).startsWith("there is no profile file 'nowhere.yaml' to extend");
        });
    Path url = Files.writeString(dir.resolve("u.yaml"),
        "gcmProfile: '1.0'\nname: u\nextends: https://example.org/p.yaml\n");
    assertThat(catchThrowableOfType(GcmFormatException.class, () -> GcmProfiles.defaults().read(url)).problems())
        .singleElement().satisfies(p -> assertThat(p.message()).contains("not a URL"));
  }

  @Test
  void problemsOfTheExtendedProfileAreNamedWithTheirFileAndPlace() throws IOException {
    Files.writeString(dir.resolve("bad.yaml"), "gcmProfile: '1.0'\nname: bad\ninclude: [no.such.rule]\n");
    Path p = Files.writeString(dir.resolve("p.yaml"), "gcmProfile: '1.0'\nname: p\nextends: bad.yaml\n");
    assertThat(catchThrowableOfType(GcmFormatException.class, () -> GcmProfiles.defaults().read(p)).problems())
        .singleElement().satisfies(problem -> assertThat(problem.message())
            .contains("the profile 'bad.yaml' it extends cannot be read: " + dir.resolve("bad.yaml") + ":3:"));
  }
}
