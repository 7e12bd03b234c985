package io.github.gcmkit.examples;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The source documents, encoded in the gcmkit format and bundled with this module: one network
 * document for each network and one event document for each event that belongs to no network.
 *
 * <ul>
 *   <li>{@code global}: the UN Network on Migration, with what the reference material states (its
 *       coordinator and secretariat, its Executive Committee);
 *   <li>{@code wca}: the Regional UN Migration Network for West and Central Africa, its charter as
 *       far as its workplan states it and its Workplan 2020-2021 in full;
 *   <li>{@code cm}: the UN Network on Migration for Cameroon and its Workplan 2023-24, with the
 *       events it depends on (the 2022 IMRF, COP 27);
 *   <li>{@code sn}: the UN Network on Migration for Senegal and its Terms of Reference, in French
 *       with an English translation of every text;
 *   <li>{@code cccpa-webinar-2020-08-12}: the webinar on mainstreaming migration in national
 *       development policies in the Sahel and Sahara region, 12 August 2020.
 * </ul>
 *
 * <p>Where the encoding interprets a document — which GCM objectives a priority serves, the tenure
 * of a co-chair seat — the data says so ({@code "provenance": "interpreted"}, with a rationale).
 * Datasets are read strictly with {@link GcmJson#defaults()}.
 *
 * <pre>{@code
 * Federation federation = Datasets.federation();   // every network and the standalone events
 * Network senegal = federation.network("sn").orElseThrow();
 * String json = Datasets.text("wca");              // a document as bundled
 * }</pre>
 */
public final class Datasets {

  /** The folder of the datasets among the module's resources. */
  public static final String FOLDER = "/datasets/";

  private static final ImmutableList<String> NAMES =
      ImmutableList.of("global", "wca", "cm", "sn", "cccpa-webinar-2020-08-12");

  private static final Supplier<Federation> FEDERATION = Suppliers.memoize(Datasets::assemble);

  private Datasets() {}

  /**
   * The names of the bundled datasets: the networks from the global level down, then the events
   * that belong to no network.
   */
  public static ImmutableList<String> names() {
    return NAMES;
  }

  /**
   * The resource path of the dataset {@code name}, such as {@code /datasets/wca.json}.
   *
   * @throws IllegalArgumentException if no dataset has that name
   */
  public static String resource(String name) {
    checkArgument(
        NAMES.contains(name),
        "name: there is no bundled dataset '%s'; the datasets are %s",
        name,
        String.join(", ", NAMES));
    return FOLDER + name + ".json";
  }

  /**
   * The text of the dataset {@code name} as bundled: a JSON document in canonical form.
   *
   * @throws IllegalArgumentException if no dataset has that name
   */
  public static String text(String name) {
    String resource = resource(name);
    try (InputStream in = Datasets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the dataset " + resource + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dataset " + resource, e);
    }
  }

  /**
   * The dataset {@code name}, read strictly: a network document or an event document.
   *
   * @throws IllegalArgumentException if no dataset has that name
   * @throws GcmFormatException if the dataset does not follow the format
   */
  public static GcmDocument read(String name) {
    return GcmJson.defaults().read(text(name));
  }

  /**
   * Every bundled network, in the order of {@link #names()}, and the events that belong to no
   * network, as one federation whose reporting lines resolve: {@code sn} and {@code cm} report to
   * {@code wca}, which reports to {@code global}. The datasets are read once.
   */
  public static Federation federation() {
    return FEDERATION.get();
  }

  private static Federation assemble() {
    Federation.Builder federation = Federation.builder();
    for (String name : NAMES) {
      GcmDocument document = read(name);
      switch (document.kind()) {
        case NETWORK -> federation.addNetwork(document.value(Network.class));
        case EVENT -> federation.addEvent(document.value(Event.class));
        default ->
            throw new IllegalStateException(
                "the dataset " + resource(name) + " holds a " + document.kind().code()
                    + ", not a network or an event");
      }
    }
    return federation.build();
  }
}
