package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a rule id and a profile's selector are, checked in one pass whatever their length. */
class RuleIdTest {

  /** The grammar of a rule id, as the documentation gives it; fine for short texts. */
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

  private static final String CHARACTERS = "a0z9-.*A_ ";

  @Test
  void isARuleIdExactlyWhenTheGrammarSaysSo() {
    qt().forAll(strings().betweenCodePoints(0, CHARACTERS.length() - 1).ofLengthBetween(0, 12)
            .map(s -> s.codePoints().mapToObj(i -> String.valueOf(CHARACTERS.charAt(i))).collect(Collectors.joining())))
        .checkAssert(text -> assertThat(Rule.isId(text)).as(text).isEqualTo(ID.matcher(text).matches()));
  }

  @Test
  void aLongIdOrSelectorIsCheckedWithoutOverflowingTheStack() {
    String groups = "a" + "-a".repeat(400_000);
    assertThat(Rule.isId(groups)).isTrue();
    assertThat(Rule.isId(groups + "-")).isFalse();
    assertThat(Profile.builder("long").include(groups + ".*").build().includes()).hasSize(1);
    assertThatThrownBy(() -> Profile.builder("long").include(groups + "!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a rule id, a prefix such as 'charter.*', or '*'");
  }
}
