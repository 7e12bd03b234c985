package io.github.gcmkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Bounds on the size of generated values: how long lists get, how deep activities nest, how many
 * networks a federation has. Immutable; {@code with*} methods return adjusted copies.
 */
public final class Sizes {

  private static final Sizes DEFAULTS = new Sizes(3, 2, 4, 3, 8);

  private final int maxItems;
  private final int maxDepth;
  private final int maxPriorities;
  private final int maxWorkstreams;
  private final int maxNetworks;

  private Sizes(int maxItems, int maxDepth, int maxPriorities, int maxWorkstreams, int maxNetworks) {
    checkArgument(maxItems >= 1, "maxItems: %s is not at least 1", maxItems);
    checkArgument(maxDepth >= 0, "maxDepth: %s is negative", maxDepth);
    checkArgument(maxPriorities >= 1, "maxPriorities: %s is not at least 1", maxPriorities);
    checkArgument(maxWorkstreams >= 1, "maxWorkstreams: %s is not at least 1", maxWorkstreams);
    checkArgument(maxNetworks >= 1, "maxNetworks: %s is not at least 1", maxNetworks);
    this.maxItems = maxItems;
    this.maxDepth = maxDepth;
    this.maxPriorities = maxPriorities;
    this.maxWorkstreams = maxWorkstreams;
    this.maxNetworks = maxNetworks;
  }

  /** Small values that keep property tests fast: lists of up to 3, activities 2 levels deep. */
  public static Sizes defaults() {
    return DEFAULTS;
  }

  /** The longest list of most kinds (members, activities, objectives, …). */
  public int maxItems() {
    return maxItems;
  }

  /** How many levels of sub-activities may nest under an activity. */
  public int maxDepth() {
    return maxDepth;
  }

  /** The most priorities in a workplan. */
  public int maxPriorities() {
    return maxPriorities;
  }

  /** The most workstreams in a priority. */
  public int maxWorkstreams() {
    return maxWorkstreams;
  }

  /** The most networks in a federation. */
  public int maxNetworks() {
    return maxNetworks;
  }

  /** A copy with lists of up to {@code n} items. */
  public Sizes withMaxItems(int n) {
    return new Sizes(n, maxDepth, maxPriorities, maxWorkstreams, maxNetworks);
  }

  /** A copy with activities nesting up to {@code n} levels. */
  public Sizes withMaxDepth(int n) {
    return new Sizes(maxItems, n, maxPriorities, maxWorkstreams, maxNetworks);
  }

  /** A copy with up to {@code n} priorities per workplan. */
  public Sizes withMaxPriorities(int n) {
    return new Sizes(maxItems, maxDepth, n, maxWorkstreams, maxNetworks);
  }

  /** A copy with up to {@code n} workstreams per priority. */
  public Sizes withMaxWorkstreams(int n) {
    return new Sizes(maxItems, maxDepth, maxPriorities, n, maxNetworks);
  }

  /** A copy with up to {@code n} networks per federation. */
  public Sizes withMaxNetworks(int n) {
    return new Sizes(maxItems, maxDepth, maxPriorities, maxWorkstreams, n);
  }

  @Override
  public String toString() {
    return "Sizes(items " + maxItems + ", depth " + maxDepth + ", priorities " + maxPriorities
        + ", workstreams " + maxWorkstreams + ", networks " + maxNetworks + ")";
  }
}
