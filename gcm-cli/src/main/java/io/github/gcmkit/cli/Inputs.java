package io.github.gcmkit.cli;

import io.github.gcmkit.examples.Datasets;
import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmCodec;
import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.io.GcmOptions;
import io.github.gcmkit.io.GcmYaml;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The documents commands read: files named on the command line (YAML when the name ends in {@code
 * .yaml} or {@code .yml}, JSON otherwise), or the bundled datasets.
 */
final class Inputs {

  private Inputs() {}

  private static final GcmOptions LENIENT = GcmOptions.defaults().withLenient(true);

  /** The strict codec for the file {@code path}, by its name. */
  static GcmCodec codec(Path path) {
    return codec(path, false);
  }

  /** The codec for the file {@code path}, by its name, strict or {@code lenient}. */
  static GcmCodec codec(Path path, boolean lenient) {
    if (lenient) {
      return codec(path, LENIENT);
    }
    return isYaml(path) ? Yaml.defaults() : GcmJson.defaults();
  }

  /** The codec for the file {@code path}, by its name, reading with {@code options}. */
  static GcmCodec codec(Path path, GcmOptions options) {
    return isYaml(path) ? Yaml.codec(options) : GcmJson.with(options);
  }

  /**
   * The YAML codec, in a class of its own so that reading JSON loads no YAML class (the verifier
   * would load {@code GcmYaml} with the class naming it).
   */
  private static final class Yaml {
    static GcmCodec defaults() {
      return GcmYaml.defaults();
    }

    static GcmCodec codec(GcmOptions options) {
      return GcmYaml.with(options);
    }
  }

  /** Whether the file {@code path} holds NDJSON, one document a line: its name ends in .ndjson. */
  static boolean isNdjson(Path path) {
    return name(path).endsWith(".ndjson");
  }

  private static boolean isYaml(Path path) {
    String name = name(path);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static String name(Path path) {
    return path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads the document in {@code path} strictly.
   *
   * @throws GcmFormatException if the file cannot be read or has problems; a missing file is one
   *     problem at its start
   */
  static GcmDocument read(Path path) {
    return read(path, false);
  }

  /**
   * Reads the document in {@code path}, strictly or {@code lenient}ly (unknown fields kept, unknown
   * entity codes accepted).
   *
   * @throws GcmFormatException if the file cannot be read or has problems
   */
  static GcmDocument read(Path path, boolean lenient) {
    return read(path, codec(path, lenient));
  }

  /**
   * Reads the document in {@code path} with {@code options}.
   *
   * @throws GcmFormatException if the file cannot be read or has problems
   */
  static GcmDocument read(Path path, GcmOptions options) {
    return read(path, codec(path, options));
  }

  private static GcmDocument read(Path path, GcmCodec codec) {
    try {
      return codec.read(path);
    } catch (UncheckedIOException e) {
      throw unreadable(path, e);
    }
  }

  /** The problem of a file that cannot be read at all. */
  static GcmFormatException unreadable(Path path, UncheckedIOException e) {
    return new GcmFormatException(path.toString(), List.of(
        new FormatProblem("", 1, 1, "the file cannot be read: " + Errors.describe(e.getCause()))));
  }

  /**
   * The document {@code argument} names: with {@code bundled}, the bundled network of that id;
   * otherwise the file of that name.
   */
  static GcmDocument one(String argument, boolean bundled) {
    return bundled ? GcmDocument.of(network(Datasets.federation(), argument, "the bundled datasets")) : read(Path.of(argument));
  }

  /** The network {@code id} of {@code federation}, read from {@code where}. */
  static Network network(Federation federation, String id, String where) {
    return federation.network(id).orElseThrow(() -> new CommandException(
        "there is no network '" + id + "' in " + where + "; its networks are: "
            + federation.networks().stream().map(Network::id).collect(Collectors.joining(", "))));
  }

  /**
   * One federation of the networks and events of {@code documents} (federation, network and event
   * documents), by their source.
   *
   * @throws CommandException if a document is a charter or a workplan, or two hold the same network
   */
  static Federation federation(Map<String, GcmDocument> documents) {
    Map<String, String> origins = new LinkedHashMap<>();
    Federation.Builder federation = Federation.builder();
    documents.forEach((source, document) -> {
      switch (document.kind()) {
        case FEDERATION -> {
          Federation f = document.value(Federation.class);
          f.networks().forEach(n -> add(federation, origins, n, source));
          federation.addAllEvents(f.events());
        }
        case NETWORK -> add(federation, origins, document.value(Network.class), source);
        case EVENT -> federation.addEvent(document.value(Event.class));
        default -> throw new CommandException(source + " is a " + document.kind().code()
            + " document, which cannot be combined with other documents");
      }
    });
    return federation.build();
  }

  private static void add(Federation.Builder federation, Map<String, String> origins, Network network, String source) {
    String earlier = origins.putIfAbsent(network.id(), source);
    if (earlier != null) {
      throw new CommandException("the network '" + network.id() + "' is in both " + earlier + " and " + source);
    }
    federation.addNetwork(network);
  }
}
