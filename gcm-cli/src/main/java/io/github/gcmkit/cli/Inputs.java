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
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.programme.JointProgramme;
import io.github.gcmkit.model.progress.ProgressReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The documents commands read: files named on the command line (YAML when the name ends in {@code
 * .yaml} or {@code .yml}, JSON otherwise; {@code -} is standard input, as JSON), or the bundled
 * datasets. What is not a regular file (a directory, a named pipe, a device) is refused at once.
 */
final class Inputs {

  private Inputs() {}

  /** The file name that means standard input, read as JSON. */
  static final String STANDARD_INPUT = "-";

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

  /**
   * The size in bytes of the regular file {@code path}; 0 for standard input and for what is not a
   * regular file or cannot be read (refused, or reported, when it is read).
   */
  static long sizeOf(Path path) {
    if (path.toString().equals(STANDARD_INPUT)) {
      return 0;
    }
    try {
      return Files.isRegularFile(path) ? Files.size(path) : 0;
    } catch (IOException e) {
      return 0;
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
      if (path.toString().equals(STANDARD_INPUT)) {
        try {
          return codec.read(System.in);
        } catch (GcmFormatException e) {
          throw new GcmFormatException(STANDARD_INPUT, e.problems());
        }
      }
      return codec.read(regularFile(path));
    } catch (OutOfMemoryError e) {
      throw new OutOfMemoryException(path.toString());
    } catch (UncheckedIOException e) {
      throw unreadable(path, e);
    }
  }

  /**
   * {@code path}, if it is a regular file or does not exist (reading it says so).
   *
   * @throws CommandException if it is a directory, a named pipe or a device: refused at once, never
   *     opened, so never waited on
   */
  static Path regularFile(Path path) {
    if (!Files.isRegularFile(path) && Files.exists(path)) {
      throw CommandException.of("input.not-a-regular-file", path);
    }
    return path;
  }

  /** The problem of a file that cannot be read at all. */
  static GcmFormatException unreadable(Path path, UncheckedIOException e) {
    return new GcmFormatException(path.toString(), List.of(
        new FormatProblem(JsonPointer.root(), 1, 1, Optional.of("unreadable.file"),
            Messages.localized("unreadable.file", Errors.describe(e.getCause())))));
  }

  /**
   * The document {@code argument} names: with {@code bundled}, the bundled network of that id;
   * otherwise the file of that name.
   */
  static GcmDocument one(String argument, boolean bundled) {
    return bundled ? GcmDocument.of(network(Datasets.federation(), argument, Optional.empty())) : read(Path.of(argument));
  }

  /** The network {@code id} of {@code federation}, read from the file {@code where} or else the bundled datasets. */
  static Network network(Federation federation, String id, Optional<String> where) {
    return federation.network(id).orElseThrow(() -> {
      String networks = federation.networks().stream().map(Network::id).collect(Collectors.joining(", "));
      return where.map(w -> CommandException.of("refused.no-such-network", id, w, networks))
          .orElseGet(() -> CommandException.of("refused.no-such-network.bundled", id, networks));
    });
  }

  /**
   * One federation of the networks and events of {@code documents} (federation, network and event
   * documents), by their source, with each progress report added to the network it names and each
   * joint programme to the national network of its country. A network given twice is a problem
   * in English and French.
   *
   * @throws CommandException if a document is a charter or a workplan, or a progress report or
   *     programme has no network in the input
   * @throws UnreadableException if two hold the same network: a problem at the later one, which
   *     names the earlier
   */
  static Federation federation(Map<String, GcmDocument> documents) {
    Map<String, String> origins = new LinkedHashMap<>();
    Map<String, List<FormatProblem>> twice = new LinkedHashMap<>();
    Federation.Builder federation = Federation.builder();
    Map<String, ProgressReport> reports = new LinkedHashMap<>();
    Map<String, JointProgramme> programmes = new LinkedHashMap<>();
    documents.forEach((source, document) -> {
      switch (document.kind()) {
        case FEDERATION -> {
          Federation f = document.value(Federation.class);
          for (int i = 0; i < f.networks().size(); i++) {
            add(federation, origins, twice, f.networks().get(i), source,
                JsonPointer.root().member("networks").item(i));
          }
          federation.addAllEvents(f.events());
        }
        case NETWORK -> add(federation, origins, twice, document.value(Network.class), source, JsonPointer.root());
        case EVENT -> federation.addEvent(document.value(Event.class));
        case PROGRESS -> reports.put(source, document.value(ProgressReport.class));
        case PROGRAMME -> programmes.put(source, document.value(JointProgramme.class));
        default -> throw CommandException.of("refused.not-combinable", source, document.kind().code());
      }
    });
    if (!twice.isEmpty()) {
      throw new UnreadableException(twice.entrySet().stream()
          .map(e -> new GcmFormatException(e.getKey(), e.getValue()))
          .toList());
    }
    Federation built = federation.build();
    if (reports.isEmpty() && programmes.isEmpty()) {
      return built;
    }
    Map<String, Network> networks = new LinkedHashMap<>();
    built.networks().forEach(n -> networks.put(n.id(), n));
    reports.forEach((source, report) -> {
      Network network = networks.get(report.network());
      if (network == null) {
        throw CommandException.of("refused.report-without-network", source, report.network());
      }
      networks.put(network.id(), Network.builder().from(network).addProgressReport(report).build());
    });
    programmes.forEach((source, programme) -> {
      List<Network> national = networks.values().stream()
          .filter(n -> programme.countries().size() == 1 && n.country().equals(Optional.of(programme.countries().first())))
          .toList();
      if (national.size() != 1) {
        throw CommandException.of("refused.programme-without-network", source, String.join(", ", programme.countries()));
      }
      Network network = national.get(0);
      networks.put(network.id(), Network.builder().from(network).addProgramme(programme).build());
    });
    return built.withNetworks(networks.values());
  }

  private static void add(Federation.Builder federation, Map<String, String> origins,
      Map<String, List<FormatProblem>> twice, Network network, String source, JsonPointer pointer) {
    String earlier = origins.putIfAbsent(network.id(), source);
    if (earlier != null) {
      twice.computeIfAbsent(source, s -> new ArrayList<>()).add(new FormatProblem(pointer, 1, 1,
          Optional.of("input.network-twice"), Messages.localized("input.network-twice", network.id(), earlier)));
    } else {
      federation.addNetwork(network);
    }
  }
}
