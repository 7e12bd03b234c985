/**
 * Joint programmes: the programmes that several UN organisations run together with national
 * partners, such as those the Migration Multi-Partner Trust Fund funds in its five thematic areas,
 * with their markers, budget, period, status and the workplan units they implement.
 */
@GcmStyle
@NullMarked
package io.github.gcmkit.model.programme;

import io.github.gcmkit.model.GcmStyle;
import org.jspecify.annotations.NullMarked;
