package io.github.gcmkit.io;

import io.github.gcmkit.model.GcmStyle;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.rules.Report;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One part of a report written in parts ({@link GcmReports#write(java.util.function.Supplier,
 * ReportFormat, java.io.Writer)}): the report of one document of a stream validated on its own,
 * where its elements stood in that document, and the federation it made, if it made one.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@GcmStyle
public abstract class ReportPart {

  ReportPart() {}

  /** The part {@code report}, located by {@code sources}, of a validation of {@code federation} if it was one. */
  public static ReportPart of(Report report, SourceMap sources, Optional<? extends Federation> federation) {
    return ImmutableReportPart.of(report, sources, federation);
  }

  /** What the validation of this part found. */
  @Value.Parameter
  public abstract Report report();

  /** Where the part's elements stood in the document it was read from. */
  @Value.Parameter
  public abstract SourceMap sources();

  /** The federation the part validated, when it was one: its networks are named in the text report. */
  @Value.Parameter
  public abstract Optional<Federation> federation();
}
