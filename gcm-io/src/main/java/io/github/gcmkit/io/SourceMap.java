package io.github.gcmkit.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.NotEvaluated;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the elements of a validated subject stood in the files it was read from, so that a
 * finding — which carries only a JSON Pointer into the validated model — can be shown as {@code
 * wca.json:123:7}.
 *
 * <p>Built from the documents the subject was made of, by the name of their source, in the order
 * they were combined: network, federation and event documents combined into one federation (the
 * networks and events in document order, as {@link Federation.Builder} receives them), or one
 * charter or workplan document validated on its own. A finding is located in the document that
 * holds its network, at its {@linkplain Finding#localPointer() local pointer}; a finding on an
 * event of the federation, in the document that holds that event; a finding on a standalone
 * document, at its pointer. A finding on the federation as a whole, or on a document built in
 * code, has no location.
 *
 * <pre>{@code
 * Map<String, GcmDocument> read = Map.of("wca.json", GcmJson.defaults().read(Path.of("wca.json")));
 * SourceMap where = SourceMap.of(read);
 * report.findings().forEach(f -> System.out.println(where.locate(f).map(Location::toString).orElse("-")));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SourceMap {

  private static final SourceMap NONE = new SourceMap(ImmutableMap.of(), ImmutableList.of(), Optional.empty());

  private final ImmutableMap<String, Place> networks;
  private final ImmutableList<Place> events;
  private final Optional<Place> standalone;

  private SourceMap(
      ImmutableMap<String, Place> networks, ImmutableList<Place> events, Optional<Place> standalone) {
    this.networks = networks;
    this.events = events;
    this.standalone = standalone;
  }

  /** The map of a subject built in code: nothing is located. */
  public static SourceMap none() {
    return NONE;
  }

  /**
   * The map of a subject made of {@code documents}, by the name of their source (a file name), in
   * the order they were combined. Where two documents hold the same network, the first is kept.
   */
  public static SourceMap of(Map<String, GcmDocument> documents) {
    Map<String, Place> networks = new HashMap<>();
    ImmutableList.Builder<Place> events = ImmutableList.builder();
    Optional<Place> standalone = Optional.empty();
    for (Map.Entry<String, GcmDocument> e : documents.entrySet()) {
      GcmDocument document = e.getValue();
      String source = e.getKey();
      switch (document.kind()) {
        case FEDERATION -> {
          Federation federation = document.value(Federation.class);
          for (int i = 0; i < federation.networks().size(); i++) {
            networks.putIfAbsent(
                federation.networks().get(i).id(), new Place(source, document.positions(), "/networks/" + i));
          }
          for (int i = 0; i < federation.events().size(); i++) {
            events.add(new Place(source, document.positions(), "/events/" + i));
          }
        }
        case NETWORK ->
            networks.putIfAbsent(
                document.value(Network.class).id(),
                new Place(source, document.positions(), ""));
        case EVENT -> events.add(new Place(source, document.positions(), "/event"));
        case CHARTER, WORKPLAN -> standalone = Optional.of(new Place(source, document.positions(), ""));
      }
    }
    return new SourceMap(ImmutableMap.copyOf(networks), events.build(), standalone);
  }

  /** The source of the charter or workplan validated on its own, when that is what was read. */
  public Optional<String> standaloneSource() {
    return standalone.map(Place::source);
  }

  /** Where the element {@code finding} names stood, or empty when it was not read from a file. */
  public Optional<Location> locate(Finding finding) {
    return locate(finding.networkId(), finding.localPointer().toString(), finding.pointer().toString());
  }

  /** Where the element that could not be evaluated stood, or empty. */
  public Optional<Location> locate(NotEvaluated notEvaluated) {
    return locate(notEvaluated.networkId(), notEvaluated.localPointer().toString(), notEvaluated.pointer().toString());
  }

  /** Where the element a baseline entry names stands today, or empty. */
  public Optional<Location> locate(Baseline.Entry entry) {
    return locate(entry.networkId(), entry.pointer().toString(), entry.pointer().toString());
  }

  private Optional<Location> locate(Optional<String> network, String localPointer, String pointer) {
    if (network.isPresent()) {
      Place place = networks.get(network.get());
      return place == null ? Optional.empty() : place.locate(localPointer);
    }
    if (pointer.startsWith("/events/")) {
      int end = pointer.indexOf('/', "/events/".length());
      String index = pointer.substring("/events/".length(), end < 0 ? pointer.length() : end);
      Optional<Place> place = item(events, index);
      if (place.isPresent()) {
        return place.get().locate(end < 0 ? "" : pointer.substring(end));
      }
      return Optional.empty();
    }
    return standalone.flatMap(p -> p.locate(pointer));
  }

  private static Optional<Place> item(List<Place> places, String index) {
    if (index.isEmpty() || index.length() > 9 || !index.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    int i = Integer.parseInt(index);
    return i < places.size() ? Optional.of(places.get(i)) : Optional.empty();
  }

  /** A document, by the name of its source, and the pointer of one element of the subject in it. */
  private record Place(String source, DocumentPositions positions, String prefix) {
    Optional<Location> locate(String pointer) {
      return positions.locate(prefix + pointer).map(l -> new Location(source, l.line(), l.column()));
    }
  }
}
