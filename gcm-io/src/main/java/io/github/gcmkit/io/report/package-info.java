/**
 * The writers of validation reports, one per format (text, JSON, SARIF, JUnit XML, GitHub
 * workflow commands, Markdown), each writing to a {@link java.io.Writer} as it goes so that a
 * report of any size is never held as one string. The one place gcmkit writes reports; used
 * through {@link io.github.gcmkit.io.GcmReports}. Internal: not exported.
 */
@NullMarked
package io.github.gcmkit.io.report;

import org.jspecify.annotations.NullMarked;
