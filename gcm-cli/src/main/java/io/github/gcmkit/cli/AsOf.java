package io.github.gcmkit.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The date progress is judged as of ({@code --as-of}), shared by {@code progress}, {@code timeline}
 * and {@code check} (whose baseline entries expire on a date): the date given, or today — the date
 * on the calendar of the machine's time zone, or of {@code --zone}, read from the tool's clock
 * (which tests fix).
 */
final class AsOf {

  @Spec(Spec.Target.MIXEE) CommandSpec spec = CommandSpec.create();

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", defaultValue = "",
      description = "The date to judge progress (or a baseline entry's expiry) as of; by default today, "
          + "in the time zone of --zone.")
  String asOf = "";

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "",
      description = "The time zone whose date is today, such as UTC or Africa/Dakar; by default the "
          + "system's. Only read when --as-of is not given.")
  String zone = "";

  /** The date given with {@code --as-of}, if one is. */
  Optional<LocalDate> given() {
    if (asOf.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(asOf.strip()));
    } catch (DateTimeParseException e) {
      throw OptionException.of(spec.commandLine(), "option.not-a-date", "--as-of", asOf);
    }
  }

  /** The date given with {@code --as-of}, else today in the zone of {@code --zone}. */
  LocalDate date() {
    return given().orElseGet(() -> LocalDate.now(Gcm.of(spec).clock().withZone(zone())));
  }

  private ZoneId zone() {
    if (zone.isBlank()) {
      return Gcm.of(spec).clock().getZone();
    }
    try {
      return ZoneId.of(zone.strip());
    } catch (DateTimeException e) {
      throw OptionException.of(spec.commandLine(), "option.not-a-zone", zone);
    }
  }
}
