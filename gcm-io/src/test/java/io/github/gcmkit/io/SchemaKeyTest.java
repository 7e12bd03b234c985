package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** The {@code "$schema"} key by which editors attach a schema: read strictly and written back. */
class SchemaKeyTest {

  private static final String URI = "https://gcmkit.github.io/schema/gcm-format-1.0.schema.json";

  private static final String NETWORK = "{\"$schema\": \"" + URI + "\", \"gcmFormat\": \"1.0\", \"kind\": \"network\","
      + " \"id\": \"xx\", \"level\": \"national\", \"name\": \"N\", \"country\": \"XX\"}";

  @Test
  void aDocumentWithASchemaReadsStrictlyAndIsWrittenBackWithItFirst() {
    GcmDocument read = GcmJson.defaults().read(NETWORK);
    String written = GcmJson.defaults().write(read);
    assertThat(written).startsWith("{\n  \"$schema\": \"" + URI + "\",\n  \"gcmFormat\"");
    assertThat(GcmJson.defaults().read(written)).isEqualTo(read);
    String yaml = GcmYaml.defaults().write(read);
    assertThat(yaml).startsWith("$schema: ");
    assertThat(GcmYaml.defaults().read(yaml)).isEqualTo(read);
    assertThat(new Schema().errors(written)).isEmpty();
  }

  @Test
  void aSchemaThatIsNotAStringIsAProblemAtItsPlace() {
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class,
        () -> GcmJson.defaults().read(NETWORK.replace("\"" + URI + "\"", "42")));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).hasToString("/$schema");
      assertThat(p.message()).contains("must be a string");
    });
  }

  @Test
  void otherUnknownKeysAndASchemaInsideTheDocumentAreStillRefused() {
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class,
        () -> GcmJson.defaults().read(NETWORK.replace("\"$schema\"", "\"$schemas\"")));
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("unknown field '$schemas'"));
    GcmFormatException inner = catchThrowableOfType(GcmFormatException.class,
        () -> GcmJson.defaults().read(NETWORK.replace("\"name\": \"N\"", "\"name\": \"N\", \"charter\": {\"$schema\": \"x\"}")));
    assertThat(inner.problems()).anySatisfy(p -> assertThat(p.pointer()).hasToString("/charter/$schema"));
  }

  @Test
  void profilesAndBaselinesAcceptASchema() {
    assertThat(GcmProfiles.defaults().readYaml(
        "$schema: https://gcmkit.github.io/schema/gcm-profile-1.0.schema.json\ngcmProfile: '1.0'\nname: mine\n"
            + "extends: baseline\n").name()).isEqualTo("mine");
    assertThat(GcmBaselines.read("{\"$schema\": \"https://gcmkit.github.io/schema/gcm-baseline-1.0.schema.json\","
        + " \"gcmBaseline\": \"1.0\", \"accepted\": []}").isEmpty()).isTrue();
  }
}
