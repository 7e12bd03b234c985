package io.github.gcmkit.io.report;

import io.github.gcmkit.io.ReportPart;
import io.github.gcmkit.rules.Report;
import java.io.IOException;
import java.util.Iterator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A report as its writers go through it: one {@link Report}, or the parts of a report made a
 * document at a time, which are streamed again for each pass a format needs (its totals first,
 * then what it lists), so that a writer holds one part at a time.
 */
public final class Parts {

  /** What a writer does with each part: its report, and the context that locates its elements. */
  @FunctionalInterface
  interface Each {
    void accept(Report report, ReportContext context) throws IOException;
  }

  /** As {@link Each}, saying whether to go on to the next part. */
  @FunctionalInterface
  interface While {
    boolean accept(Report report, ReportContext context) throws IOException;
  }

  private final @Nullable Report report;
  private final Supplier<? extends Stream<ReportPart>> parts;
  private final ReportContext context;
  private @Nullable Totals totals;

  private Parts(@Nullable Report report, Supplier<? extends Stream<ReportPart>> parts, ReportContext context) {
    this.report = report;
    this.parts = parts;
    this.context = context;
  }

  /** The one report {@code report}, written with {@code context}. */
  public static Parts of(Report report, ReportContext context) {
    return new Parts(report, Stream::empty, context);
  }

  /**
   * The report made of the parts each call of {@code parts} streams, in the same order each time,
   * written with {@code context} but for each part's sources and federation.
   */
  public static Parts of(Supplier<? extends Stream<ReportPart>> parts, ReportContext context) {
    return new Parts(null, parts, context);
  }

  /** The context of the whole report. */
  ReportContext context() {
    return context;
  }

  /** Runs {@code each} on every part, in order. */
  void forEach(Each each) throws IOException {
    forEachWhile((r, c) -> {
      each.accept(r, c);
      return true;
    });
  }

  /** Runs {@code each} on every part, in order, until it says to stop. */
  void forEachWhile(While each) throws IOException {
    Report one = report;
    if (one != null) {
      each.accept(one, context);
      return;
    }
    try (Stream<ReportPart> stream = parts.get()) {
      Iterator<ReportPart> iterator = stream.iterator();
      while (iterator.hasNext()) {
        ReportPart part = iterator.next();
        ReportContext located = context.withSources(part.sources()).withFederation(part.federation());
        if (!each.accept(part.report(), located)) {
          return;
        }
      }
    }
  }

  /** The totals over every part, made in one pass the first time they are asked for. */
  Totals totals() throws IOException {
    Totals made = totals;
    if (made == null) {
      Totals counting = new Totals(context.failLevel());
      Report one = report;
      if (one != null) {
        counting.add(one, context);
      } else {
        forEach(counting::add);
      }
      made = counting;
      totals = made;
    }
    return made;
  }
}
