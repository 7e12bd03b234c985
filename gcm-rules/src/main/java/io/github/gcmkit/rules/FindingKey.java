package io.github.gcmkit.rules;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.LocalizedText;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A finding with what places it in the report's order, made once, where the finding is made: its
 * network's {@link NetworkRanks rank} and its local pointer spelled as a {@link
 * io.github.gcmkit.model.JsonPointer#sortKey() sort key}. Findings are ordered by network id, then
 * local pointer, rule id, whole pointer and severity; findings of the same rule and severity at the
 * same place, by their words (worded only then).
 *
 * <p>A validation sorts each part of its findings on the thread that found them (a network's, or
 * the federation's) and {@link #merge merges} the sorted parts: a network's part lies in one rank,
 * so the parts are laid end to end by rank and only what mixes networks is merged by comparison.
 */
final class FindingKey implements Comparable<FindingKey> {

  /** The order of findings of the same rule and severity at the same place: by their words. */
  private static final Comparator<Finding> TIES =
      Comparator.comparing((Finding f) -> f.message(LocalizedText.ENGLISH))
          .thenComparing(f -> f.message(LocalizedText.FRENCH))
          .thenComparing(f -> f.hint(LocalizedText.ENGLISH).orElse(""));

  private final Finding finding;
  private final int rank;
  private final byte[] pointer;

  FindingKey(Finding finding, int rank) {
    this.finding = finding;
    this.rank = rank;
    this.pointer = finding.localPointer().sortKey();
  }

  Finding finding() {
    return finding;
  }

  @Override
  public int compareTo(FindingKey other) {
    int c = Integer.compare(rank, other.rank);
    if (c == 0) {
      c = Arrays.compareUnsigned(pointer, other.pointer);
    }
    if (c == 0 && !finding.ruleId().equals(other.finding.ruleId())) {
      c = finding.ruleId().compareTo(other.finding.ruleId());
    }
    if (c == 0) {
      c = finding.pointer().compareTo(other.finding.pointer());
    }
    if (c == 0) {
      c = finding.severity().compareTo(other.finding.severity());
    }
    return c != 0 ? c : TIES.compare(finding, other.finding);
  }

  /**
   * {@code keys}, given in the order their findings were found, sorted. The sort is stable: findings
   * equal in the order keep the order they were found in.
   */
  static Part sorted(List<FindingKey> keys) {
    if (keys.isEmpty()) {
      return Part.EMPTY;
    }
    FindingKey[] sorted = keys.toArray(new FindingKey[0]);
    Arrays.sort(sorted);
    return new Part(sorted);
  }

  /**
   * The findings of the sorted {@code parts}, given in the order they were found, in the report's
   * order. A part whose findings all lie in one network no other part's do is placed whole by
   * its rank; the findings of the other parts are sorted together, then merged with them.
   */
  static ImmutableList<Finding> merge(List<Part> parts) {
    int total = 0;
    int ranks = 0;
    for (Part part : parts) {
      total += part.size();
      if (part.size() > 0) {
        ranks = Math.max(ranks, part.lastRank() + 1);
      }
    }
    // The one part of each rank that is whole in it; -2 where two parts are, -1 where none is.
    int[] whole = new int[ranks];
    Arrays.fill(whole, -1);
    for (int p = 0; p < parts.size(); p++) {
      Part part = parts.get(p);
      if (part.size() > 0 && part.firstRank() == part.lastRank()) {
        int rank = part.firstRank();
        whole[rank] = whole[rank] == -1 ? p : -2;
      }
    }
    int placed = 0;
    for (int p : whole) {
      placed += p >= 0 ? parts.get(p).size() : 0;
    }
    ImmutableList.Builder<Finding> merged = ImmutableList.builderWithExpectedSize(total);
    if (placed == total) {
      // The usual case: every part lies in a network of its own, and is laid down whole.
      for (int p : whole) {
        if (p >= 0) {
          merged.add(parts.get(p).findings);
        }
      }
      return merged.build();
    }
    FindingKey[] laid = new FindingKey[placed];
    int n = 0;
    for (int p : whole) {
      if (p >= 0) {
        FindingKey[] keys = parts.get(p).keys;
        System.arraycopy(keys, 0, laid, n, keys.length);
        n += keys.length;
      }
    }
    FindingKey[] rest = new FindingKey[total - n];
    int r = 0;
    for (int p = 0; p < parts.size(); p++) {
      Part part = parts.get(p);
      if (part.size() > 0 && whole[part.firstRank()] != p) {
        System.arraycopy(part.keys, 0, rest, r, part.size());
        r += part.size();
      }
    }
    Arrays.sort(rest);
    int i = 0;
    int j = 0;
    while (i < n || j < r) {
      // A tie cannot cross parts (no rule runs in two), so either order would do.
      if (j == r || (i < n && laid[i].compareTo(rest[j]) <= 0)) {
        merged.add(laid[i++].finding);
      } else {
        merged.add(rest[j++].finding);
      }
    }
    return merged.build();
  }

  /**
   * One part's findings, sorted: their keys and, in the same order, the findings themselves, taken
   * out where the part was sorted so that laying parts end to end copies arrays.
   */
  static final class Part {

    static final Part EMPTY = new Part(new FindingKey[0]);

    private final FindingKey[] keys;
    private final Finding[] findings;

    private Part(FindingKey[] keys) {
      this.keys = keys;
      this.findings = new Finding[keys.length];
      for (int i = 0; i < keys.length; i++) {
        findings[i] = keys[i].finding;
      }
    }

    int size() {
      return keys.length;
    }

    private int firstRank() {
      return keys[0].rank;
    }

    private int lastRank() {
      return keys[keys.length - 1].rank;
    }
  }
}
