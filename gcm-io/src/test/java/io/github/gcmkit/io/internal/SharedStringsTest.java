package io.github.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class SharedStringsTest {

  private static String of(SharedStrings strings, String text) {
    char[] padded = ("<<" + text + ">>").toCharArray();
    return strings.of(padded, 2, text.length());
  }

  @Test
  void aStringThatRecursIsHeldOnce() {
    SharedStrings strings = new SharedStrings();
    String first = of(strings, "IOM");
    assertThat(of(strings, "IOM")).isEqualTo("IOM").isSameAs(first);
    assertThat(strings.of(new String("IOM"))).isSameAs(first);
  }

  @Test
  void stringsThatShareAHashStayApart() {
    SharedStrings strings = new SharedStrings();
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    String aa = of(strings, "Aa");
    String bb = of(strings, "BB");
    assertThat(bb).isEqualTo("BB");
    assertThat(of(strings, "Aa")).isSameAs(aa);
    assertThat(of(strings, "BB")).isSameAs(bb);
  }

  @Test
  void aLongStringIsNotShared() {
    SharedStrings strings = new SharedStrings();
    String text = "x".repeat(SharedStrings.LONGEST + 1);
    assertThat(of(strings, text)).isEqualTo(text).isNotSameAs(of(strings, text));
  }

  @Test
  void manyStringsThatShareOneHashAllReadBack() {
    // 2^12 distinct strings with one hash: look-ups give up after a few probes, and stay right.
    SharedStrings strings = new SharedStrings();
    for (int i = 0; i < 1 << 12; i++) {
      StringBuilder s = new StringBuilder();
      for (int bit = 0; bit < 12; bit++) {
        s.append((i >> bit & 1) == 0 ? "Aa" : "BB");
      }
      assertThat(of(strings, s.toString())).isEqualTo(s.toString());
    }
  }

  @Test
  void surrogatesAreNotedWhileHashing() {
    SharedStrings strings = new SharedStrings();
    of(strings, "plain");
    assertThat(strings.surrogates()).isFalse();
    of(strings, "\uD83D\uDE00");
    assertThat(strings.surrogates()).isTrue();
    strings.of("plain");
    assertThat(strings.surrogates()).as("a String's characters are not scanned").isTrue();
  }

  @Test
  void theSharedStringIsAlwaysEqualToTheCharacters() {
    SharedStrings strings = new SharedStrings();
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 6)).check(s -> of(strings, s).equals(s));
  }

  @Test
  void stringsOfEveryLengthRecurAsOneInstance() {
    // The hash is taken four characters a step and must be String's own, or no string would recur.
    SharedStrings strings = new SharedStrings();
    for (int length = 0; length <= 13; length++) {
      String text = "Réseau des Nations unies".substring(0, length);
      String first = of(strings, text);
      assertThat(of(strings, text)).as("length %s", length).isEqualTo(text).isSameAs(first);
    }
  }

  @Test
  void aSurrogateIsNotedAtEveryPlaceInTheString() {
    SharedStrings strings = new SharedStrings();
    for (int at = 0; at < 9; at++) {
      of(strings, "x".repeat(at) + "\uD800" + "y".repeat(8 - at));
      assertThat(strings.surrogates()).as("a surrogate at %s", at).isTrue();
      of(strings, "x".repeat(at) + "\uD7FF\uE000" + "y".repeat(8 - at));
      assertThat(strings.surrogates()).as("neighbours of surrogates at %s", at).isFalse();
    }
  }

  @Test
  void aTextBeyondLatin1RecursAsOneInstanceAndTellsItsNeighboursApart() {
    SharedStrings strings = new SharedStrings();
    String text = "Réseau des Nations unies sur les migrations — l’équipe de pays";
    String first = of(strings, text);
    assertThat(of(strings, text)).isEqualTo(text).isSameAs(first);
    String other = text.substring(0, text.length() - 1) + "t";
    assertThat(of(strings, other)).isEqualTo(other).isNotSameAs(first);
  }

  @Test
  void stringsPastTheCopiesBudgetAreStillSharedAndRight() {
    SharedStrings strings = new SharedStrings();
    String filler = "x".repeat(SharedStrings.LONGEST);
    for (int i = 0; i * SharedStrings.LONGEST <= SharedStrings.COPIED; i++) {
      of(strings, filler.substring(0, SharedStrings.LONGEST - 6) + String.format("%06d", i));
    }
    String late = "l’équipe, after the budget";
    String first = of(strings, late);
    assertThat(of(strings, late)).isEqualTo(late).isSameAs(first);
    assertThat(of(strings, late.replace('a', 'b'))).isEqualTo(late.replace('a', 'b')).isNotSameAs(first);
  }
}
