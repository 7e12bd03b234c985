package io.github.gcmkit.cli;

import io.github.gcmkit.examples.Datasets;
import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.io.GcmOptions;
import io.github.gcmkit.io.SourceMap;
import io.github.gcmkit.model.network.Federation;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The documents a command works on, as an argument group: {@code [--bundled] [FILE...]}, at least
 * one of them. With both, the bundled networks and the files' are one federation.
 */
final class Documents {

  @Option(names = "--bundled",
      description = "The bundled datasets: the networks of the source documents and their events; with FILE too, "
          + "checked together with the files as one federation.")
  boolean bundled;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "gcmkit documents in JSON, or YAML when the name ends in .yaml or .yml.")
  @Nullable List<Path> files;

  /**
   * The most documents checked together. They make one federation, all held until it is checked,
   * so their number is bounded as a document's size is; NDJSON lines read with other documents
   * (the bundled datasets, a file that is not NDJSON) are refused at the first one past the limit.
   * NDJSON files alone are checked a line at a time, and have no such limit.
   */
  static final int MAX_DOCUMENTS = 20_000;

  /**
   * The most problems held for the documents read together that cannot be read (each lists at
   * most 1,000 of its own): they are held until they are reported, so their number is bounded
   * too, and reading stops at the document that passes it.
   */
  static final int MAX_PROBLEMS = 100_000;

  /**
   * The most characters of those problems' pointers and messages (in every language they are
   * worded in), together: a problem quotes the field name it is about, which may be 10,000
   * characters long.
   */
  static final long MAX_PROBLEM_CHARACTERS = 20_000_000;

  /** The name a bundled dataset is reported under, as a path relative to the datasets' folder. */
  static String source(String dataset) {
    return Datasets.resource(dataset).substring(1);
  }

  /** The files' names, separated by commas. */
  String names() {
    return String.join(", ", files().stream().map(Path::toString).toList());
  }

  /** How many documents there are to read. */
  int size() {
    return (bundled ? Datasets.names().size() : 0) + files().size();
  }

  /**
   * Checks that documents were named.
   *
   * @throws CommandException if neither --bundled nor a file was given
   */
  Documents check() {
    if (!bundled && files().isEmpty()) {
      throw CommandException.of("refused.no-documents");
    }
    return this;
  }

  /**
   * The NDJSON lines {@link #read(List, GcmOptions)} read, by their source: the documents of the
   * map it returns that are lines of a file, and which.
   */
  private final Map<String, Line> lines = new HashMap<>();

  /** The copies of the NDJSON files that {@link #lines(GcmOptions)} reads, once made. */
  private @Nullable Snapshots snapshots;

  private List<Path> files() {
    return files == null ? List.of() : files;
  }

  /** Every document by its source, read strictly, adding those that cannot be read to {@code unreadable}. */
  Map<String, GcmDocument> read(List<GcmFormatException> unreadable) {
    return read(unreadable, false);
  }

  /**
   * Every document by its source, read strictly or {@code lenient}ly, adding those that cannot be
   * read to {@code unreadable}.
   */
  Map<String, GcmDocument> read(List<GcmFormatException> unreadable, boolean lenient) {
    return read(unreadable, lenient ? GcmOptions.defaults().withLenient(true) : GcmOptions.defaults());
  }

  /**
   * Every document by its source, read with {@code options}, adding those that cannot be read to
   * {@code unreadable}. A file whose name ends in .ndjson holds one document a line; each is a
   * source of its own ({@code corpus.ndjson#3} for the third), and a line with problems does not
   * stop the others from being read.
   */
  Map<String, GcmDocument> read(List<GcmFormatException> unreadable, GcmOptions options) {
    // One file is held to the limit by its reader, with a located problem; several, or the lines
    // of an NDJSON file, make one federation together, and together they are held to it here.
    long size = 0;
    for (Path file : files()) {
      size += Inputs.sizeOf(file);
    }
    boolean several = files().size() > 1 || files().stream().anyMatch(Inputs::isNdjson);
    if (several && size > options.maxDocumentLength()) {
      throw CommandException.of("input.together-too-large", size, options.maxDocumentLength());
    }
    Together read = new Together(unreadable);
    if (bundled) {
      for (String name : Datasets.names()) {
        read.next(source(name));
        try {
          read.documents.put(source(name), Datasets.read(name));
        } catch (GcmFormatException e) {
          read.unreadable(source(name), e);
        }
      }
    }
    for (Path file : files()) {
      if (Inputs.isNdjson(file)) {
        readLines(file, options, read);
        continue;
      }
      read.next(file.toString());
      try {
        read.documents.put(file.toString(), Inputs.read(file, options));
      } catch (GcmFormatException e) {
        read.unreadable(file.toString(), e);
      }
    }
    return read.documents;
  }

  private void readLines(Path file, GcmOptions options, Together read) {
    try (Stream<Line> stream = lines(file, options)) {
      for (Line line : (Iterable<Line>) stream::iterator) {
        read.next(line.source());
        GcmDocument document = line.document();
        if (document != null) {
          read.documents.put(line.source(), document);
          lines.put(line.source(), line);
        } else {
          read.unreadable(line.source(), Objects.requireNonNull(line.problems()));
        }
      }
    }
  }

  /**
   * Where the elements of {@code documents}, which {@link #read(List, GcmOptions)} returned, stood:
   * a line of an NDJSON file at that file, its line and column, with its ordinal in the file.
   */
  SourceMap sources(Map<String, GcmDocument> documents) {
    SourceMap.Builder sources = SourceMap.builder();
    documents.forEach((source, document) -> {
      Line line = lines.get(source);
      if (line == null) {
        sources.add(source, document);
      } else {
        sources.add(line.file(), line.ordinal(), document);
      }
    });
    return sources.build();
  }

  /**
   * Whether the documents are checked a line at a time: every one is an NDJSON file, without the
   * bundled datasets.
   */
  boolean streamed() {
    return !bundled && !files().isEmpty() && files().stream().allMatch(Inputs::isNdjson);
  }

  /**
   * One document of an NDJSON file, {@code file.ndjson#3} for the third (of the {@code file} and
   * the {@code ordinal} 3), or why it cannot be read (its problems, located in the file).
   */
  record Line(String source, String file, int ordinal, @Nullable GcmDocument document,
      @Nullable GcmFormatException problems) {

    /** Where the elements of the line's document stood: at the file, its line and column, and the ordinal. */
    SourceMap sources() {
      return SourceMap.builder().add(file, ordinal, Objects.requireNonNull(document)).build();
    }
  }

  /**
   * Copies the NDJSON files to the temporary folder: from then on, until the copies are closed,
   * {@link #lines(GcmOptions)} reads the copies (naming the files), so that every pass reads the
   * same bytes whatever happens to the files.
   *
   * @throws CommandException if a copy cannot be made
   */
  Snapshots snapshot() {
    Snapshots made = Snapshots.of(files());
    snapshots = made;
    return made;
  }

  /**
   * The documents of every NDJSON file, in order, read with {@code options} as the stream is
   * consumed, one at a time: the stream can be made again to read them again (the same bytes,
   * after {@link #snapshot()}).
   */
  Stream<Line> lines(GcmOptions options) {
    // Concatenated, not flat-mapped: an iterator over a flat-mapped stream holds each file's
    // whole stream of documents at once.
    return files().stream().map(file -> lines(file, options)).reduce(Stream::concat).orElseGet(Stream::empty);
  }

  private Stream<Line> lines(Path file, GcmOptions options) {
    Stream<GcmDocument> documents;
    try {
      Snapshots copies = snapshots;
      documents = GcmJson.with(options).stream(copies == null ? Inputs.regularFile(file) : copies.of(file));
    } catch (UncheckedIOException e) {
      return Stream.of(new Line(file.toString(), file.toString(), 1, null, Inputs.unreadable(file, e)));
    }
    Iterator<GcmDocument> iterator = documents.iterator();
    Iterator<Line> lines = new Iterator<>() {
      private int count;
      private @Nullable Line pending;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (pending == null && !done) {
          pending = read();
        }
        return pending != null;
      }

      @Override
      public Line next() {
        Line line = hasNext() ? pending : null;
        if (line == null) {
          throw new NoSuchElementException();
        }
        pending = null;
        return line;
      }

      /** The next line, or null at the end; a line that cannot be read is one, and reading goes on after it. */
      private @Nullable Line read() {
        try {
          if (!iterator.hasNext()) {
            done = true;
            return null;
          }
          GcmDocument document = iterator.next();
          count++;
          return new Line(file + "#" + count, file.toString(), count, document, null);
        } catch (GcmFormatException e) {
          count++;
          return new Line(file + "#" + count, file.toString(), count, null,
              new GcmFormatException(file.toString(), e.problems()));
        } catch (UncheckedIOException e) {
          done = true;
          return new Line(file.toString(), file.toString(), Math.max(1, count), null, Inputs.unreadable(file, e));
        }
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED), false)
        .onClose(documents::close);
  }

  /**
   * Reads every line of the NDJSON files once, keeping none: each that can be read is given to
   * {@code each}, the problems of each that cannot are added to {@code unreadable}, bounded as
   * those of documents read together are.
   *
   * @throws CommandException if those problems pass their limit
   */
  void readLines(List<GcmFormatException> unreadable, GcmOptions options, Consumer<Line> each) {
    Together read = new Together(unreadable);
    try (Stream<Line> lines = lines(options)) {
      lines.forEach(line -> {
        GcmFormatException problems = line.problems();
        if (problems != null) {
          read.unreadable(line.source(), problems);
        } else {
          each.accept(line);
        }
      });
    }
  }

  /**
   * The documents read together so far, and those that could not be read, each counted against
   * the limits of what is read together: a line of an NDJSON stream that cannot be read is a
   * document too, and its problems are held until they are reported.
   */
  private static final class Together {

    private final Map<String, GcmDocument> documents = new LinkedHashMap<>();
    private final List<GcmFormatException> unreadable;
    /** How many of {@code unreadable} were there before (a profile, a baseline): not documents. */
    private final int before;
    private long problems;
    private long characters;

    Together(List<GcmFormatException> unreadable) {
      this.unreadable = unreadable;
      this.before = unreadable.size();
      unreadable.forEach(this::count);
    }

    private void count(GcmFormatException e) {
      problems += e.problems().size();
      for (FormatProblem p : e.problems()) {
        characters += p.pointer().toString().length();
        characters += p.text().texts().values().stream().mapToLong(String::length).sum();
      }
    }

    /**
     * Admits one more document, {@code source}, read or not.
     *
     * @throws CommandException if it is one past the limit
     */
    void next(String source) {
      if (documents.size() + unreadable.size() - before >= MAX_DOCUMENTS) {
        throw CommandException.of("input.too-many-documents", source, MAX_DOCUMENTS);
      }
    }

    /**
     * Keeps {@code e}, the problems of the document {@code source} that could not be read, to be
     * reported.
     *
     * @throws CommandException if the problems held pass their limit
     */
    void unreadable(String source, GcmFormatException e) {
      count(e);
      if (problems > MAX_PROBLEMS || characters > MAX_PROBLEM_CHARACTERS) {
        throw CommandException.of("input.too-many-problems", source, MAX_PROBLEMS, MAX_PROBLEM_CHARACTERS);
      }
      unreadable.add(e);
    }
  }

  /**
   * The documents as one federation.
   *
   * @throws UnreadableException if some cannot be read, or two hold the same network
   * @throws CommandException if one is a charter or workplan, or not a regular file
   */
  Federation federation() {
    check();
    if (bundled && files().isEmpty()) {
      return Datasets.federation();
    }
    List<GcmFormatException> unreadable = new ArrayList<>();
    Map<String, GcmDocument> documents = read(unreadable);
    if (!unreadable.isEmpty()) {
      throw new UnreadableException(unreadable);
    }
    return Inputs.federation(documents);
  }
}
