package io.github.gcmkit.rules;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order of a report's networks: by id, what lies outside any network first. Made once per
 * validation from the ids of the networks it validates, so that a finding carries its network's
 * rank as a number and the report's order compares numbers before pointers. Read-only once made,
 * so shared by the threads of a validation.
 */
final class NetworkRanks {

  /** The rank of what lies outside any network: before every network. */
  static final int OUTSIDE = 0;

  private final Map<String, Integer> ranks;

  /** The ranks of the networks {@code ids}, in any order and with repeats. */
  NetworkRanks(List<String> ids) {
    String[] sorted = ids.toArray(new String[0]);
    Arrays.sort(sorted);
    this.ranks = new HashMap<>(sorted.length * 2);
    int rank = OUTSIDE;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || !sorted[i].equals(sorted[i - 1])) {
        ranks.put(sorted[i], ++rank);
      }
    }
  }

  /**
   * The rank of the network {@code id}, or {@link #OUTSIDE} for none.
   *
   * @throws IllegalArgumentException if {@code id} is not one of the validation's networks
   */
  int of(Optional<String> id) {
    if (id.isEmpty()) {
      return OUTSIDE;
    }
    Integer rank = ranks.get(id.get());
    if (rank == null) {
      throw new IllegalArgumentException("network '" + id.get() + "' is not one of the validation's networks");
    }
    return rank;
  }
}
