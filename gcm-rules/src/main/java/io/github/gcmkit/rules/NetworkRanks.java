package io.github.gcmkit.rules;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a report's networks: by id, what lies outside any network first. Made once per
 * validation from the ids of the networks it validates, so that a finding carries its network's
 * rank as a number, looked up by the network's place among them, and the report's order compares
 * numbers before pointers. Read-only once made, so shared by the threads of a validation.
 */
final class NetworkRanks {

  /** The rank of what lies outside any network: before every network. */
  static final int OUTSIDE = 0;

  /** The rank of each network, by its place among the validation's. */
  private final int[] ranks;

  /** The ranks of the networks {@code ids}, in any order and with repeats. */
  NetworkRanks(List<String> ids) {
    String[] names = ids.toArray(new String[0]);
    Integer[] order = new Integer[names.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing((Integer i) -> names[i]));
    this.ranks = new int[names.length];
    int rank = OUTSIDE;
    for (int k = 0; k < order.length; k++) {
      if (k == 0 || !names[order[k]].equals(names[order[k - 1]])) {
        rank++;
      }
      ranks[order[k]] = rank;
    }
  }

  /** The rank of the network at {@code index} among the validation's (in the order of the ids given). */
  int of(int index) {
    return ranks[index];
  }
}
