/**
 * A network's workplan: its period, modalities and revisions, its core and thematic priorities,
 * their workstreams and the trees of activities under them, cross-cutting issues and footnotes.
 */
@GcmStyle
@NullMarked
package io.github.gcmkit.model.workplan;

import io.github.gcmkit.model.GcmStyle;
import org.jspecify.annotations.NullMarked;
