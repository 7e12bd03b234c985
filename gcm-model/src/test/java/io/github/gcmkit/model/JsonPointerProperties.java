package io.github.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The laws of JSON Pointers: text round trips, tokens survive escaping, the order is total. */
class JsonPointerProperties {

  /** Tokens mixing names, indices and the two characters RFC 6901 escapes. */
  private static final Gen<String> TOKENS =
      SourceDSL.integers().between(0, 5).zip(
          SourceDSL.integers().between(0, 12),
          (kind, n) -> switch (kind) {
            case 0 -> Integer.toString(n);
            case 1 -> "0" + n;
            case 2 -> "a/" + n;
            case 3 -> "~" + n + "~1";
            case 4 -> "";
            default -> "name" + n;
          });

  private static final Gen<JsonPointer> POINTERS =
      SourceDSL.lists().of(TOKENS).ofSizeBetween(0, 5).map(JsonPointerProperties::build);

  private static JsonPointer build(List<String> tokens) {
    JsonPointer pointer = JsonPointer.root();
    for (String token : tokens) {
      pointer = pointer.member(token);
    }
    return pointer;
  }

  @Test
  void textAndTokensRoundTrip() {
    qt().forAll(SourceDSL.lists().of(TOKENS).ofSizeBetween(0, 5)).checkAssert(tokens -> {
      JsonPointer pointer = build(tokens);
      assertThat(pointer.tokens()).containsExactlyElementsOf(tokens);
      assertThat(JsonPointer.parse(pointer.toString())).isEqualTo(pointer);
    });
  }

  @Test
  void theOrderIsConsistentWithEqualsAntisymmetricAndTransitive() {
    qt().forAll(POINTERS, POINTERS, POINTERS).checkAssert((a, b, c) -> {
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
        assertThat(a.compareTo(c)).isNotPositive();
      }
    });
  }

  @Test
  void theOrderIsTokenByTokenIndicesFirstAndByValue() {
    qt().forAll(POINTERS, POINTERS).checkAssert((a, b) ->
        assertThat(Integer.signum(a.compareTo(b))).as("%s vs %s", a, b).isEqualTo(Integer.signum(byTokens(a, b))));
  }

  /** The documented order, spelled out on the pointers' tokens. */
  private static int byTokens(JsonPointer a, JsonPointer b) {
    List<String> left = a.tokens();
    List<String> right = b.tokens();
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      String x = left.get(i);
      String y = right.get(i);
      boolean xIndex = x.matches("0|[1-9][0-9]{0,8}");
      boolean yIndex = y.matches("0|[1-9][0-9]{0,8}");
      int c = xIndex && yIndex ? Long.compare(Long.parseLong(x), Long.parseLong(y))
          : xIndex != yIndex ? (xIndex ? -1 : 1) : x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(left.size(), right.size());
  }

  @Test
  void aPointerComesBeforeWhatLiesBelowIt() {
    qt().forAll(POINTERS, POINTERS).checkAssert((a, b) -> {
      JsonPointer below = a.append(b);
      assertThat(below.startsWith(a)).isTrue();
      assertThat(below.relativeTo(a)).contains(b);
      if (b.isRoot()) {
        assertThat(a.compareTo(below)).isZero();
      } else {
        assertThat(a.compareTo(below)).isNegative();
      }
    });
  }

  @Test
  void theParentOfAChildIsItself() {
    qt().forAll(POINTERS, TOKENS).checkAssert((p, token) ->
        assertThat(p.member(token).parent()).contains(p));
    qt().forAll(POINTERS, SourceDSL.integers().between(0, 1000)).checkAssert((p, i) ->
        assertThat(p.item(i).index(p.tokens().size())).contains(i));
  }
}
