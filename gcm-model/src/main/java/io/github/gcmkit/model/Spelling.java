package io.github.gcmkit.model;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How close two spellings are, for "did you mean …": of an organisation's code or alias, of a
 * field name, of a coded value, of a rule id. Case, accents and spacing do not count; a letter
 * added, left out, changed, or two neighbours swapped count one; only close spellings are
 * suggested: one difference in a word of up to four characters, two up to eight, three beyond.
 *
 * <pre>{@code
 * Spelling.closest("cochair", List.of("coChairs", "secretariat")); // Optional[coChairs]
 * }</pre>
 */
public final class Spelling {

  private Spelling() {}

  /**
   * The spelling among {@code known} closest to {@code unknown}, if one is close enough; the first
   * in {@code known}'s order among equally close ones. A spelling equal to {@code unknown} but for
   * case, accents or spacing is the closest of all.
   */
  public static Optional<String> closest(String unknown, Collection<String> known) {
    String key = TextMatching.key(unknown);
    int allowed = allowed(key.length());
    @Nullable String best = null;
    int bestDistance = allowed + 1;
    for (String candidate : known) {
      int distance = distance(key, TextMatching.key(candidate), allowed);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The entities at most {@code limit}, closest first, whose code or an alias is close to {@code unknown}. */
  static ImmutableList<Entity> closest(List<Entity> entities, String unknown, int limit) {
    String key = TextMatching.key(unknown);
    int allowed = allowed(key.length());
    Map<Entity, Integer> best = new LinkedHashMap<>();
    for (Entity entity : entities) {
      int distance = distance(key, TextMatching.key(entity.id().code()), allowed);
      for (String alias : entity.aliases()) {
        distance = Math.min(distance, distance(key, TextMatching.key(alias), allowed));
      }
      if (distance <= allowed) {
        best.put(entity, distance);
      }
    }
    List<Map.Entry<Entity, Integer>> ranked = new ArrayList<>(best.entrySet());
    ranked.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
    return ranked.stream()
        .limit(limit)
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  /** How many differences a spelling of {@code length} characters may have from a known one. */
  private static int allowed(int length) {
    if (length <= 4) {
      return 1;
    }
    return length <= 8 ? 2 : 3;
  }

  /**
   * The optimal-string-alignment distance between {@code a} and {@code b} (insertions, deletions,
   * substitutions and swaps of neighbours), or {@code limit + 1} as soon as it must exceed {@code
   * limit}.
   */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
    }
    return Math.min(d[a.length()][b.length()], limit + 1);
  }
}
