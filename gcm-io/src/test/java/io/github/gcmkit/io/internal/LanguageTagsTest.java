package io.github.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Language tags are normalized and the valid ones remembered, in a cache shared by every reader
 * that hostile input cannot fill with what it likes.
 */
class LanguageTagsTest {

  @Test
  void tagsAreNormalizedAndInvalidOnesRefused() {
    assertThat(Scalars.languageTag("EN")).contains("en");
    assertThat(Scalars.languageTag("fr-SN")).contains("fr-sn");
    assertThat(Scalars.languageTag("FR-sn").orElseThrow()).isSameAs(Scalars.languageTag("fr-SN").orElseThrow());
    assertThat(Scalars.languageTag("")).isEmpty();
    assertThat(Scalars.languageTag("not a tag")).isEmpty();
  }

  @Test
  void invalidAndOverlongTagsAreNotRemembered() {
    int before = Scalars.cachedTagCount();
    for (int i = 0; i < 2 * Scalars.MAX_CACHED_TAGS; i++) {
      assertThat(Scalars.languageTag("x".repeat(10_000) + i)).isEmpty();
    }
    String longValid = "en-x" + IntStream.range(0, 20).mapToObj(i -> "-part" + i).collect(Collectors.joining());
    assertThat(longValid).hasSizeGreaterThan(Scalars.MAX_CACHED_TAG_LENGTH);
    assertThat(Scalars.languageTag(longValid)).isEqualTo(Optional.of(longValid));
    assertThat(Scalars.cachedTagCount()).isEqualTo(before);
  }

  @Test
  void theCacheStopsGrowingAtItsBound() {
    for (int i = 0; i < Scalars.MAX_CACHED_TAGS + 100; i++) {
      assertThat(Scalars.languageTag("en-x-t" + i)).contains("en-x-t" + i);
    }
    assertThat(Scalars.cachedTagCount()).isEqualTo(Scalars.MAX_CACHED_TAGS);
    assertThat(Scalars.languageTag("EN")).contains("en");
  }
}
