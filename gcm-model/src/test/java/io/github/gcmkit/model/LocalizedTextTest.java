package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  @Test
  void keepsEnglishThenFrenchThenOtherLanguagesAlphabetically() {
    LocalizedText text =
        LocalizedText.builder()
            .original("fr")
            .putText("pt", "Rede")
            .putText("fr", "Réseau")
            .putText("ar", "شبكة")
            .putText("en", "Network")
            .build();

    assertThat(text.texts().keySet()).containsExactly("en", "fr", "ar", "pt");
    assertThat(text.original()).isEqualTo("fr");
    assertThat(text.text()).isEqualTo("Réseau");
  }

  @Test
  void normalisesLanguageTags() {
    LocalizedText text = LocalizedText.of("FR", "Réseau").withTranslation("fr-CA", "Réseau (CA)");

    assertThat(text.original()).isEqualTo("fr");
    assertThat(text.languages()).containsExactly("fr", "fr-ca");
    assertThat(text.get("FR-ca")).contains("Réseau (CA)");
    assertThat(LocalizedText.of("EN", "Network")).isEqualTo(LocalizedText.en("Network"));
  }

  @Test
  void englishAndFrenchNeedNoParsingAndAreWhatParsingWouldGive() {
    for (String tag : java.util.List.of(LocalizedText.ENGLISH, LocalizedText.FRENCH)) {
      String parsed = new java.util.Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
      assertThat(LocalizedText.normalizeTag(tag)).isEqualTo(parsed);
      assertThat(LocalizedText.normalizeTag(tag.toUpperCase(java.util.Locale.ROOT))).isEqualTo(parsed);
    }
  }

  @Test
  void orderDoesNotAffectEquality() {
    LocalizedText a = LocalizedText.fr("Réseau").withTranslation("en", "Network");
    LocalizedText b = LocalizedText.builder().original("fr").putText("en", "Network").putText("fr", "Réseau").build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).isEqualTo(b.toString());
  }

  @Test
  void fallsBackToTheOriginal() {
    LocalizedText text = LocalizedText.fr("Réseau").withTranslation("en", "Network");

    assertThat(text.text("en")).isEqualTo("Network");
    assertThat(text.text("de")).isEqualTo("Réseau");
    assertThat(text.get("de")).isEmpty();
    assertThat(text.text(java.util.Locale.ENGLISH)).isEqualTo("Network");
  }

  @Test
  void withTranslationReplacesAnExistingTranslation() {
    LocalizedText text = LocalizedText.fr("Réseau").withTranslation("en", "Net");

    assertThat(text.withTranslation("en", "Network").text("en")).isEqualTo("Network");
    assertThat(text.withTranslation("EN", "Network").text("en")).isEqualTo("Network");
    assertThat(text.withTranslation("fr", "Le Réseau").text()).isEqualTo("Le Réseau");
  }

  @Test
  void rejectsBlankText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalizedText.fr("  "))
        .withMessageStartingWith("texts[fr]: ");
  }

  @Test
  void rejectsAnOriginalLanguageWithoutText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalizedText.builder().original("de").putText("en", "Network").build())
        .withMessageStartingWith("original: ")
        .withMessageContaining("'de'");
  }

  @Test
  void rejectsNoTextAtAll() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalizedText.builder().original("en").build())
        .withMessageStartingWith("texts: ");
  }

  @Test
  void rejectsABadLanguageTagNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalizedText.of("not a tag", "text"))
        .withMessageStartingWith("texts")
        .withMessageContaining("not a tag");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalizedText.builder().original("en_GB").putText("en", "x").build())
        .withMessageStartingWith("original: ")
        .withMessageContaining("en_GB");
  }

  @Test
  void rejectsTwoTagsForTheSameLanguage() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> LocalizedText.builder().original("en").putText("en", "a").putText("EN", "b").build())
        .withMessageStartingWith("texts")
        .withMessageContaining("EN");
  }
}
