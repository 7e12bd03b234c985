package io.github.gcmkit.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.programme.JointProgramme;
import io.github.gcmkit.model.progress.ProgressReport;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.NotEvaluated;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * document, at its pointer. Progress report and joint programme documents are added to a network
 * after the reports and programmes its own document holds, in document order — a report to the
 * network it names, a programme to the one network of its country — and a finding on one is
 * located in its own document. A finding on the federation as a whole, or on a document built in
 * code, has no location. A document of an NDJSON file is added with the file and its ordinal in it
 * ({@link Builder#add(String, int, GcmDocument)}): its findings are located at the file, the line
 * and column in it, and the ordinal ({@link Location#document()}), which is how code-scanning
 * services and editors find them.
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

  private static final SourceMap NONE =
      new SourceMap(ImmutableMap.of(), ImmutableMap.of(), ImmutableList.of(), Optional.empty());

  private static final String REPORTS = "/progressReports/";
  private static final String PROGRAMMES = "/programmes/";

  private final ImmutableMap<String, Place> networks;
  private final ImmutableMap<String, Added> added;
  private final ImmutableList<Place> events;
  private final Optional<Place> standalone;

  private SourceMap(
      ImmutableMap<String, Place> networks,
      ImmutableMap<String, Added> added,
      ImmutableList<Place> events,
      Optional<Place> standalone) {
    this.networks = networks;
    this.added = added;
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
    Builder builder = builder();
    documents.forEach(builder::add);
    return builder.build();
  }

  /**
   * A builder of the map of a subject made of documents added in the order they were combined:
   * for the documents of an NDJSON file, each with its file and its ordinal in it.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceMap} from documents added in the order they were combined. */
  public static final class Builder {

    private final List<Read> documents = new ArrayList<>();

    private Builder() {}

    /** Adds {@code document}, read from the file (or under the name) {@code source}. */
    public Builder add(String source, GcmDocument document) {
      documents.add(new Read(source, Optional.empty(), document));
      return this;
    }

    /**
     * Adds {@code document}, the {@code ordinal}th document of the file {@code source} that holds
     * several (an NDJSON file, read with {@link GcmJson#stream(java.nio.file.Path)}, whose positions are those
     * of the file): its elements are located at that file, its line and column, and the ordinal.
     *
     * @throws IllegalArgumentException if the ordinal is below 1
     */
    public Builder add(String source, int ordinal, GcmDocument document) {
      checkArgument(ordinal >= 1, "ordinal: %s is not 1-based", ordinal);
      documents.add(new Read(source, Optional.of(ordinal), document));
      return this;
    }

    /** The map of the documents added. Where two hold the same network, the first is kept. */
    public SourceMap build() {
      return SourceMap.build(documents);
    }
  }

  /** A document added to a builder: its source, its ordinal in the source if it holds several. */
  private record Read(String source, Optional<Integer> ordinal, GcmDocument document) {
    Place place(String prefix) {
      return new Place(source, ordinal, document.positions(), prefix);
    }
  }

  private static SourceMap build(List<Read> documents) {
    Map<String, Place> networks = new HashMap<>();
    Map<String, Network> read = new LinkedHashMap<>();
    ImmutableList.Builder<Place> events = ImmutableList.builder();
    Optional<Place> standalone = Optional.empty();
    for (Read each : documents) {
      GcmDocument document = each.document();
      switch (document.kind()) {
        case FEDERATION -> {
          Federation federation = document.value(Federation.class);
          for (int i = 0; i < federation.networks().size(); i++) {
            networks.putIfAbsent(federation.networks().get(i).id(), each.place("/networks/" + i));
            read.putIfAbsent(federation.networks().get(i).id(), federation.networks().get(i));
          }
          for (int i = 0; i < federation.events().size(); i++) {
            events.add(each.place("/events/" + i));
          }
        }
        case NETWORK -> {
          Network network = document.value(Network.class);
          networks.putIfAbsent(network.id(), each.place(""));
          read.putIfAbsent(network.id(), network);
        }
        case EVENT -> events.add(each.place("/event"));
        case CHARTER, WORKPLAN -> standalone = Optional.of(each.place(""));
        case PROGRESS, PROGRAMME -> { }
      }
    }
    return new SourceMap(ImmutableMap.copyOf(networks), added(documents, read), events.build(), standalone);
  }

  /**
   * The progress report and joint programme documents, as they are added to the networks {@code
   * read}: keyed by network id and {@link #REPORTS} or {@link #PROGRAMMES}.
   */
  private static ImmutableMap<String, Added> added(List<Read> documents, Map<String, Network> read) {
    Map<String, List<Place>> places = new LinkedHashMap<>();
    for (Read each : documents) {
      Place place = each.place("");
      if (each.document().kind() == DocumentKind.PROGRESS) {
        String network = each.document().value(ProgressReport.class).network();
        places.computeIfAbsent(network + REPORTS, k -> new ArrayList<>()).add(place);
      } else if (each.document().kind() == DocumentKind.PROGRAMME) {
        JointProgramme programme = each.document().value(JointProgramme.class);
        List<Network> national = read.values().stream()
            .filter(n -> programme.countries().size() == 1
                && n.country().equals(Optional.of(programme.countries().first())))
            .toList();
        if (national.size() == 1) {
          places.computeIfAbsent(national.get(0).id() + PROGRAMMES, k -> new ArrayList<>()).add(place);
        }
      }
    }
    ImmutableMap.Builder<String, Added> added = ImmutableMap.builder();
    places.forEach((key, list) -> {
      boolean reports = key.endsWith(REPORTS);
      String id = key.substring(0, key.length() - (reports ? REPORTS : PROGRAMMES).length());
      int own = Optional.ofNullable(read.get(id))
          .map(n -> reports ? n.progressReports().size() : n.programmes().size())
          .orElse(0);
      added.put(key, new Added(own, ImmutableList.copyOf(list)));
    });
    return added.buildOrThrow();
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
      for (String member : List.of(REPORTS, PROGRAMMES)) {
        Added documents = added.get(network.get() + member);
        if (documents != null && localPointer.startsWith(member)) {
          int end = localPointer.indexOf('/', member.length());
          String index = localPointer.substring(member.length(), end < 0 ? localPointer.length() : end);
          Optional<Place> place = documents.place(index);
          if (place.isPresent()) {
            return place.get().locate(end < 0 ? "" : localPointer.substring(end));
          }
        }
      }
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

  /**
   * The documents added to a network's progress reports or programmes, after the {@code own} ones
   * its document holds.
   */
  private record Added(int own, ImmutableList<Place> places) {
    /** The added document at index {@code index} of the network's list, if it is one. */
    Optional<Place> place(String index) {
      if (index.isEmpty() || index.length() > 9 || !index.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return Optional.empty();
      }
      int i = Integer.parseInt(index) - own;
      return i >= 0 && i < places.size() ? Optional.of(places.get(i)) : Optional.empty();
    }
  }

  /** A document, by the name of its source, and the pointer of one element of the subject in it. */
  private record Place(String source, Optional<Integer> ordinal, DocumentPositions positions, String prefix) {
    Optional<Location> locate(String pointer) {
      return positions.locate(prefix + pointer).map(l -> ordinal.isPresent()
          ? Location.of(source, ordinal.get(), l.line(), l.column())
          : Location.of(source, l.line(), l.column()));
    }
  }
}
