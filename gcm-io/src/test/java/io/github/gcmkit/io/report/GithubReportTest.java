package io.github.gcmkit.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What GitHub's workflow commands need encoded, so that a message stays one command. */
class GithubReportTest {

  @Test
  void lineBreaksAndPercentsAreEncodedAndPropertiesAlsoColonsAndCommas() {
    assertThat(GithubReport.data("50% done\r\n::error::x")).isEqualTo("50%25 done%0D%0A::error::x");
    assertThat(GithubReport.property("a:b,c\nd")).isEqualTo("a%3Ab%2Cc%0Ad");
  }
}
