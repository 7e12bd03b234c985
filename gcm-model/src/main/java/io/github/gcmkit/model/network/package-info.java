/**
 * Networks at global, regional and national level, their members, and the {@link
 * io.github.gcmkit.model.network.Federation} of networks that report to one another.
 */
@GcmStyle
@NullMarked
package io.github.gcmkit.model.network;

import io.github.gcmkit.model.GcmStyle;
import org.jspecify.annotations.NullMarked;
