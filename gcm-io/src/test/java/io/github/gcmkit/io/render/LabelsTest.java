package io.github.gcmkit.io.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.MessageBundle;
import io.github.gcmkit.model.progress.Standing;
import org.junit.jupiter.api.Test;

/** The renderers' words: every word in both languages, and each standing of a unit named. */
class LabelsTest {

  private static final MessageBundle WORDS =
      MessageBundle.load(LabelsTest.class::getResourceAsStream, "/io/github/gcmkit/io/render/words");

  @Test
  void everyWordIsInEnglishAndFrench() {
    assertThat(WORDS.frenchKeys()).isEqualTo(WORDS.englishKeys());
  }

  @Test
  void everyStandingHasItsWordInEachLanguage() {
    for (Standing standing : Standing.values()) {
      String key = TimelineSvg.key(standing);
      assertThat(WORDS.has(key)).as(key).isTrue();
      assertThat(new Labels("fr").word(key)).isNotEqualTo(new Labels("en").word(key));
    }
    assertThat(new Labels("fr").word("standing.late")).isEqualTo("En retard");
    assertThat(new Labels("en").word("progressAsOf")).isEqualTo("Progress as of");
  }
}
