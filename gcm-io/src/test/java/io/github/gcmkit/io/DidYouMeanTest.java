package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An unknown field or coded value gets "did you mean …" the field or value of the format spelt
 * closest to it, taken from the model's shape (the reader's type table), in English and French.
 */
class DidYouMeanTest {

  private static List<FormatProblem> problems(String from, String to) {
    String text = Documents.text("senegal-charter.json").replaceFirst(from, to);
    return catchThrowableOfType(GcmFormatException.class, () -> GcmJson.defaults().read(text)).problems();
  }

  @Test
  void aMisspeltFieldIsGivenTheClosestFieldOfItsObject() {
    FormatProblem p = problems("\"mission\":", "\"misson\":").get(0);
    assertThat(p.pointer()).hasToString("/misson");
    assertThat(p.key()).contains("unknown-field.suggest");
    assertThat(p.message()).isEqualTo("unknown field 'misson'; did you mean 'mission'?");
    assertThat(p.message("fr")).isEqualTo("champ inconnu « misson » ; vouliez-vous dire « mission » ?");
  }

  @Test
  void caseDoesNotCountAndAFieldFarFromEveryOtherGetsNoSuggestion() {
    assertThat(problems("\"mission\":", "\"MISSION\":").get(0).message())
        .isEqualTo("unknown field 'MISSION'; did you mean 'mission'?");
    FormatProblem far = problems("\"mission\":", "\"zzqqxx\":").get(0);
    assertThat(far.key()).contains("unknown-field");
    assertThat(far.message()).isEqualTo("unknown field 'zzqqxx'");
  }

  @Test
  void aMisspeltValueIsGivenTheClosestValueOfItsType() {
    FormatProblem p = problems("\"kind\": \"rotating\"", "\"kind\": \"rotatin\"").get(0);
    assertThat(p.key()).contains("unknown-value.suggest");
    assertThat(p.message()).startsWith("unknown value 'rotatin'; did you mean 'rotating'? Expected one of: ")
        .contains("permanent");
    assertThat(p.message("fr")).startsWith("valeur inconnue « rotatin » ; vouliez-vous dire « rotating » ?");
    FormatProblem far = problems("\"kind\": \"rotating\"", "\"kind\": \"qqqqqqq\"").get(0);
    assertThat(far.message()).startsWith("unknown value 'qqqqqqq', expected one of: ");
  }

  @Test
  void aProfileOrBaselineFieldIsGivenTheClosestOneToo() {
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class,
        () -> GcmBaselines.read("{\"gcmBaseline\": \"1.0\", \"acepted\": []}"));
    assertThat(e.problems()).extracting(FormatProblem::message).contains("unknown field 'acepted'; did you mean 'accepted'?");
  }
}
