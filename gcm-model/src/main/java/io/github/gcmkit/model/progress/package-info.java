/**
 * Progress reports: where a network's workplan stands as of a date, unit by unit (not started, on
 * track, delayed, done or cancelled, with a percentage or milestones, a short narrative and
 * evidence), and how the decisions it took are being followed up.
 */
@GcmStyle
@NullMarked
package io.github.gcmkit.model.progress;

import io.github.gcmkit.model.GcmStyle;
import org.jspecify.annotations.NullMarked;
