package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SourcingTest {

  /** WCA's charter as its 2020-2021 workplan reports it: no meeting rule is stated there. */
  private static final Sourcing RECONSTRUCTED =
      Sourcing.builder()
          .addSource("wca-workplan-2020")
          .completeness(Completeness.RECONSTRUCTED)
          .addStatement(
              Statement.builder().path("/governance/meetings").provenance(Provenance.UNKNOWN).build())
          .addStatement(
              Statement.builder()
                  .path("/governance/meetings/modalities")
                  .source("wca-workplan-2020")
                  .quote(LocalizedText.en("meet on a quarterly basis"))
                  .build())
          .addStatement(
              Statement.builder()
                  .path("/objectives/4/links/objectives/international-cooperation")
                  .provenance(Provenance.INTERPRETED)
                  .note(LocalizedText.en("The capacity-building mechanism is set up under objective 23."))
                  .build())
          .build();

  @Test
  void everythingIsStatedAndCompleteUnlessSaid() {
    assertThat(Sourcing.none().provenance(JsonPointer.parse("/governance/meetings"))).isEqualTo(Provenance.STATED);
    assertThat(Sourcing.none().isComplete()).isTrue();
    assertThat(Sourcing.none().isPartial(JsonPointer.parse("/members"))).isFalse();
    assertThat(Sourcing.builder().build()).isEqualTo(Sourcing.none());
  }

  @Test
  void aStatementSpeaksForEverythingBelowItsPath() {
    assertThat(RECONSTRUCTED.isUnknown(JsonPointer.parse("/governance/meetings"))).isTrue();
    assertThat(RECONSTRUCTED.isUnknown(JsonPointer.parse("/governance/meetings/frequency"))).isTrue();
    assertThat(RECONSTRUCTED.isUnknown(JsonPointer.parse("/governance/meetingsPolicy"))).isFalse();
    assertThat(RECONSTRUCTED.isUnknown(JsonPointer.parse("/governance"))).isFalse();
  }

  @Test
  void theStatementWithTheLongestPathWins() {
    assertThat(RECONSTRUCTED.provenance(JsonPointer.parse("/governance/meetings/modalities/0")))
        .isEqualTo(Provenance.STATED);
    assertThat(RECONSTRUCTED.statement(JsonPointer.parse("/governance/meetings/modalities/0")).flatMap(Statement::source))
        .contains("wca-workplan-2020");
  }

  @Test
  void eachGcmLinkHasItsOwnProvenance() {
    assertThat(RECONSTRUCTED.provenance(JsonPointer.parse("/objectives/4/links/objectives/international-cooperation")))
        .isEqualTo(Provenance.INTERPRETED);
    assertThat(RECONSTRUCTED.provenance(JsonPointer.parse("/objectives/4/links/objectives/data")))
        .isEqualTo(Provenance.STATED);
  }

  @Test
  void aListCanBeMarkedPartial() {
    Sourcing wca =
        Sourcing.builder()
            .addStatement(Statement.builder().path("/coveredCountries").partial(true).build())
            .build();
    assertThat(wca.isPartial(JsonPointer.parse("/coveredCountries"))).isTrue();
    assertThat(wca.isPartial(JsonPointer.parse("/members"))).isFalse();
    assertThat(wca.provenance(JsonPointer.parse("/coveredCountries"))).isEqualTo(Provenance.STATED);
  }

  @Test
  void aPathIsAJsonPointerAndSaidOnce() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Statement.builder().path("governance").build())
        .withMessageStartingWith("path: 'governance' is not a JSON Pointer");
    Statement once = Statement.builder().path("/members").partial(true).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Sourcing.builder().addStatement(once).addStatement(once).build())
        .withMessage("statements[1].path: '/members' is used twice");
  }

  @Test
  void aSourceIsNamedByAnIdAndWrittenInTheLanguageOfItsTitle() {
    Source launch =
        Source.builder()
            .id("launch-2020")
            .kind(SourceKind.NEWS_ITEM)
            .title(LocalizedText.fr("Lancement du Réseau des Nations Unies sur les migrations"))
            .build();
    assertThat(launch.language()).isEqualTo(LocalizedText.FRENCH);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> launch.withId(" "))
        .withMessageStartingWith("id:");
  }
}
