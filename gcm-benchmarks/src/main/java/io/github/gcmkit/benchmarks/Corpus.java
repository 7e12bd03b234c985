package io.github.gcmkit.benchmarks;

import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.io.GcmOptions;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.Workstream;
import io.github.gcmkit.testkit.ModelGenerators;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The inputs of the benchmarks: synthetic federations from gcm-testkit's {@code fullFederation},
 * the same for a given size on every run, and their compact JSON.
 */
public final class Corpus {

  /** The seed of every generated federation. */
  public static final long SEED = 42;

  /** A reader and writer of compact JSON that accepts documents of any size the JVM can hold. */
  public static final GcmJson JSON =
      GcmJson.with(
          GcmOptions.defaults()
              .withPrettyPrint(false)
              .withMaxDocumentLength(Integer.MAX_VALUE - 16)
              .withMaxValues(Integer.MAX_VALUE));

  private Corpus() {}

  /** The federation of {@code networks} complete networks. */
  public static Federation federation(int networks) {
    return ModelGenerators.defaults().fullFederation(networks).sample(SEED);
  }

  /**
   * A network of the generated federation whose first workplan is made to hold {@code workstreams}
   * workstreams in its first priority: the workstreams of the generated workplan, repeated under
   * new ids ({@code 1.1}, {@code 1.2}, …) with their activities, leads and partners.
   */
  public static Network networkWithWorkstreams(int workstreams) {
    Network network = federation(1).networks().get(0);
    Workplan workplan = network.workplans().get(0);
    List<Workstream> templates = workplan.workstreams().collect(Collectors.toList());
    List<Workstream> many = new ArrayList<>(workstreams);
    for (int i = 0; i < workstreams; i++) {
      many.add(templates.get(i % templates.size()).withId("1." + (i + 1)));
    }
    List<Priority> priorities = new ArrayList<>(workplan.priorities());
    priorities.set(0, priorities.get(0).withWorkstreams(many));
    for (int p = 1; p < priorities.size(); p++) {
      priorities.set(p, priorities.get(p).withWorkstreams(List.of()));
    }
    return network.withWorkplans(List.of(workplan.withPriorities(priorities)));
  }

  /** The compact JSON of {@code value}, as UTF-8. */
  public static byte[] json(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    JSON.write(value, out);
    return out.toByteArray();
  }

  /** How many workstreams the workplans of {@code federation} hold. */
  public static int workstreams(Federation federation) {
    int count = 0;
    for (Network network : federation.networks()) {
      for (Workplan workplan : network.workplans()) {
        count += (int) workplan.workstreams().count();
      }
    }
    return count;
  }
}
