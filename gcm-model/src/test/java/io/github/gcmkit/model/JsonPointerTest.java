package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of JSON Pointers as findings, problems and statements use them. */
class JsonPointerTest {

  @Test
  void aPointerIsBuiltStepByStepAndReadBackFromItsText() {
    JsonPointer coChair =
        JsonPointer.root().member("charter").member("governance").member("coChairs").item(1);

    assertThat(coChair).hasToString("/charter/governance/coChairs/1");
    assertThat(JsonPointer.parse("/charter/governance/coChairs/1")).isEqualTo(coChair);
    assertThat(coChair.tokens()).containsExactly("charter", "governance", "coChairs", "1");
  }

  @Test
  void theWholeDocumentIsTheEmptyPointer() {
    assertThat(JsonPointer.root()).hasToString("");
    assertThat(JsonPointer.parse("")).isEqualTo(JsonPointer.root());
    assertThat(JsonPointer.root().isRoot()).isTrue();
    assertThat(JsonPointer.root().tokens()).isEmpty();
    assertThat(JsonPointer.root().parent()).isEmpty();
  }

  @Test
  void slashAndTildeInANameAreEscapedAsRfc6901Says() {
    JsonPointer odd = JsonPointer.root().member("a/b").member("m~n");

    assertThat(odd).hasToString("/a~1b/m~0n");
    assertThat(odd.tokens()).containsExactly("a/b", "m~n");
    assertThat(JsonPointer.parse("/~01").tokens()).containsExactly("~1");
  }

  @Test
  void textThatIsNoPointerIsRefusedWithWhatIsWrong() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JsonPointer.parse("charter"))
        .withMessageContaining("'charter'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JsonPointer.parse("/a~2b"))
        .withMessageContaining("'~' must be followed by 0 or 1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JsonPointer.parse("/a~"))
        .withMessageContaining("'/a~'");
    assertThatIllegalArgumentException().isThrownBy(() -> JsonPointer.root().item(-1));
  }

  @Test
  void indicesComeFirstAndByValue() {
    List<JsonPointer> pointers = new ArrayList<>();
    for (String text : List.of("/priorities/10", "/priorities/name", "/priorities/2", "/priorities", "")) {
      pointers.add(JsonPointer.parse(text));
    }
    Collections.shuffle(pointers, new java.util.Random(3));
    Collections.sort(pointers);

    assertThat(pointers)
        .extracting(JsonPointer::toString)
        .containsExactly("", "/priorities", "/priorities/2", "/priorities/10", "/priorities/name");
  }

  @Test
  void aTokenWithALeadingZeroOrTooLargeForAnIntIsAName() {
    assertThat(JsonPointer.parse("/a/01").index(1)).isEmpty();
    assertThat(JsonPointer.parse("/a/2147483648").index(1)).isEmpty();
    assertThat(JsonPointer.parse("/a/2147483647").index(1)).contains(Integer.MAX_VALUE);
    assertThat(JsonPointer.parse("/a/0").index(1)).contains(0);
    assertThat(JsonPointer.parse("/a/0").index(2)).isEmpty();
    assertThat(JsonPointer.parse("/a/7").compareTo(JsonPointer.parse("/a/01"))).isNegative();
  }

  @Test
  void prefixesFollowTokensNotCharacters() {
    JsonPointer meetings = JsonPointer.parse("/governance/meetings");

    assertThat(JsonPointer.parse("/governance/meetings/frequency").startsWith(meetings)).isTrue();
    assertThat(meetings.startsWith(meetings)).isTrue();
    assertThat(meetings.startsWith(JsonPointer.root())).isTrue();
    assertThat(JsonPointer.parse("/governance/meetingsPolicy").startsWith(meetings)).isFalse();
    assertThat(JsonPointer.parse("/charter/mission").relativeTo(JsonPointer.parse("/charter")))
        .contains(JsonPointer.parse("/mission"));
    assertThat(JsonPointer.parse("/charter").relativeTo(JsonPointer.parse("/charter")))
        .contains(JsonPointer.root());
    assertThat(JsonPointer.parse("/workplans/0").relativeTo(JsonPointer.parse("/charter"))).isEmpty();
  }

  @Test
  void aPointerCanBeTakenFromAnother() {
    JsonPointer network = JsonPointer.parse("/networks/3");

    assertThat(network.append(JsonPointer.parse("/charter/mission"))).hasToString("/networks/3/charter/mission");
    assertThat(network.append(JsonPointer.root())).isEqualTo(network);
    assertThat(JsonPointer.root().append(network)).isEqualTo(network);
    assertThat(network.parent()).contains(JsonPointer.parse("/networks"));
    assertThat(JsonPointer.parse("/networks").parent()).contains(JsonPointer.root());
  }

  @Test
  void indicesCanBeMaskedToCompareShapes() {
    assertThat(JsonPointer.parse("/priorities/2/workstreams/10/a~1b").withoutIndices())
        .hasToString("/priorities/*/workstreams/*/a~1b");
  }
}
