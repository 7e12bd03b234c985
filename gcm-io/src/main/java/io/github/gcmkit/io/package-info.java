/**
 * The gcmkit document format: reading and writing federations, networks, charters, workplans and
 * events as JSON ({@link io.github.gcmkit.io.GcmJson}) and YAML ({@link io.github.gcmkit.io.GcmYaml}).
 *
 * <p>A document is an object marked {@code "gcmFormat": "1.0"} and {@code "kind": "charter"} (or
 * federation, network, workplan, event). Reading is strict by default and reports every problem at
 * once in a {@link io.github.gcmkit.io.GcmFormatException}, each with JSON Pointer, line and column;
 * writing is canonical. {@link io.github.gcmkit.io.GcmModule} lets an application's own Jackson
 * mapper read and write the model types. The format is described in {@code docs/format.md} and by
 * the JSON Schema {@value io.github.gcmkit.io.GcmSchema#RESOURCE} shipped in this jar.
 *
 * <p>Around a validation: {@link io.github.gcmkit.io.GcmProfiles} reads rule profiles from JSON
 * and YAML, checked against the rule catalogue with the same located problems; {@link
 * io.github.gcmkit.io.GcmBaselines} reads and writes baselines of accepted findings; {@link
 * io.github.gcmkit.io.GcmReports} writes reports as JSON for tools. Their formats are described in
 * {@code docs/profiles.md}, each with a JSON Schema in this jar.
 */
@NullMarked
package io.github.gcmkit.io;

import org.jspecify.annotations.NullMarked;
