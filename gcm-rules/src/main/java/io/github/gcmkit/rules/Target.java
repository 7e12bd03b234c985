package io.github.gcmkit.rules;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Workplan;

/**
 * What a {@link Rule} checks: a {@link Charter}, a {@link Workplan}, a {@link Network} or a whole
 * {@link Federation}. The four constants are the only targets; the type parameter lets a rule's
 * check receive its subject with the right type.
 *
 * @param <T> the model type checked
 */
public final class Target<T> {

  /** Rules on one charter, run for every network that has one. */
  public static final Target<Charter> CHARTER = new Target<>("charter", Charter.class);

  /** Rules on one workplan, run for every workplan of every network. */
  public static final Target<Workplan> WORKPLAN = new Target<>("workplan", Workplan.class);

  /** Rules on one network as a whole, such as its set of workplans. */
  public static final Target<Network> NETWORK = new Target<>("network", Network.class);

  /** Rules across the networks of a federation, such as the reporting hierarchy. */
  public static final Target<Federation> FEDERATION = new Target<>("federation", Federation.class);

  private static final ImmutableList<Target<?>> VALUES =
      ImmutableList.of(CHARTER, WORKPLAN, NETWORK, FEDERATION);

  private final String name;
  private final Class<T> type;

  private Target(String name, Class<T> type) {
    this.name = name;
    this.type = type;
  }

  /** The four targets, from the smallest subject to the largest. */
  public static ImmutableList<Target<?>> values() {
    return VALUES;
  }

  /** The target's name in lower case: {@code charter}, {@code workplan}, {@code network}, {@code federation}. */
  public String name() {
    return name;
  }

  /** The model type this target checks. */
  public Class<T> type() {
    return type;
  }

  @Override
  public String toString() {
    return name;
  }
}
