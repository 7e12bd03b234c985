package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A bundle reads its French file only when a text is first asked for in French, once; wording a
 * message in English reads no French.
 */
class MessageBundleTest {

  private static final String BASE = "/acme/words";

  /** Resources from {@code files}, recording every name opened. */
  private static Function<String, @Nullable InputStream> resources(Map<String, String> files, List<String> opened) {
    return name -> {
      opened.add(name);
      String text = files.get(name);
      return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    };
  }

  @Test
  void frenchIsReadOnlyWhenFirstAskedForAndOnce() {
    List<String> opened = new ArrayList<>();
    MessageBundle bundle = MessageBundle.load(resources(Map.of(
        BASE + ".properties", "meeting.rare = Meets every {0} months\n",
        BASE + "_fr.properties", "meeting.rare = Se réunit tous les {0} mois\n"), opened), BASE);

    assertThat(bundle.message("meeting.rare", 6).text(LocalizedText.ENGLISH)).isEqualTo("Meets every 6 months");
    assertThat(opened).containsExactly(BASE + ".properties");

    assertThat(bundle.message("meeting.rare", 6).text(LocalizedText.FRENCH)).isEqualTo("Se réunit tous les 6 mois");
    assertThat(bundle.text("meeting.rare", 4))
        .isEqualTo(LocalizedText.en("Meets every 4 months").withTranslation("fr", "Se réunit tous les 4 mois"));
    assertThat(bundle.frenchKeys()).containsExactly("meeting.rare");
    assertThat(opened).containsExactly(BASE + ".properties", BASE + "_fr.properties");
  }

  @Test
  void aMissingFrenchFileIsAnErrorWhenFrenchIsAskedFor() {
    MessageBundle bundle = MessageBundle.load(
        resources(Map.of(BASE + ".properties", "greeting = Hello\n"), new ArrayList<>()), BASE);

    assertThat(bundle.message("greeting").text(LocalizedText.ENGLISH)).isEqualTo("Hello");
    assertThatIllegalStateException()
        .isThrownBy(() -> bundle.text("greeting"))
        .withMessageContaining(BASE + "_fr.properties");
  }

  @Test
  void aKeyMissingFromEitherLanguageIsAnErrorThatNamesItAndTheLanguage() {
    MessageBundle bundle = MessageBundle.load(resources(Map.of(
        BASE + ".properties", "greeting = Hello\nfarewell = Goodbye\n",
        BASE + "_fr.properties", "greeting = Bonjour\n"), new ArrayList<>()), BASE);

    assertThatIllegalStateException()
        .isThrownBy(() -> bundle.message("welcome"))
        .withMessageContaining("'welcome'").withMessageContaining("(en)");
    assertThatIllegalStateException()
        .isThrownBy(() -> bundle.message("farewell").text(LocalizedText.FRENCH))
        .withMessageContaining("'farewell'").withMessageContaining("(fr)");
  }

  @Test
  void aMissingEnglishFileIsAnErrorWhenTheBundleIsLoaded() {
    assertThatIllegalStateException()
        .isThrownBy(() -> MessageBundle.load(resources(Map.of(), new ArrayList<>()), BASE))
        .withMessageContaining(BASE + ".properties");
  }
}
