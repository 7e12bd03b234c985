/**
 * The shared vocabulary of the gcmkit model: bilingual text, dates, periods, frequencies and
 * schedules, stakeholder references, the GCM reference catalogue ({@link
 * io.github.gcmkit.model.GcmObjective}, {@link io.github.gcmkit.model.GuidingPrinciple}, {@link
 * io.github.gcmkit.model.MptfThematicArea}), the organisations of the {@link
 * io.github.gcmkit.model.EntityCatalog}, events and pledges.
 *
 * <p>Charters live in {@link io.github.gcmkit.model.charter}, workplans in {@link
 * io.github.gcmkit.model.workplan}, joint programmes in {@link io.github.gcmkit.model.programme},
 * progress reports in {@link io.github.gcmkit.model.progress}, and networks and federations of
 * networks in {@link io.github.gcmkit.model.network}. Packages depend one way: this package on none
 * of them, charter, workplan and programme on this one, progress on this one and workplan, network
 * on all of them.
 *
 * <p>All types are immutable, thread-safe and never hold {@code null}: absent values are {@link
 * java.util.Optional} or empty collections. A value that exists is well-formed (non-blank ids, ids
 * unique among siblings, ordered periods); whether it is good governance is for the rules to say.
 */
@GcmStyle
@NullMarked
package io.github.gcmkit.model;

import org.jspecify.annotations.NullMarked;
