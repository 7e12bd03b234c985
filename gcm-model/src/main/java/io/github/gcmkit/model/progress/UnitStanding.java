package io.github.gcmkit.model.progress;

import java.util.Optional;

/**
 * Where one workplan unit stands as of a date.
 *
 * @param unit the unit
 * @param standing done, on track, late, cancelled or not reported
 * @param reported what the latest progress report says of it, if it says anything
 * @param overdue whether its schedule ended before the date while it is not reported done or
 *     cancelled
 */
public record UnitStanding(
    UnitReference unit, Standing standing, Optional<UnitProgress> reported, boolean overdue) {}
