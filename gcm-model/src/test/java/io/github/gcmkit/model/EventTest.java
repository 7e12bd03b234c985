package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class EventTest {

  private final Event.Builder webinar =
      Event.builder()
          .id("sahel-webinar")
          .kind(EventKind.WEBINAR)
          .title(LocalizedText.en("Leaving No One Behind"));

  @Test
  void rejectsABlankId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> webinar.id("").build())
        .withMessageStartingWith("id: ");
  }

  @Test
  void rejectsACountryThatIsNotAnIsoCode() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> webinar.addCountries("ML", "Niger").build())
        .withMessageStartingWith("countries: ")
        .withMessageContaining("'Niger'");
  }
}
