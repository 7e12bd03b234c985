/**
 * Renderers that turn the model back into documents people read: a charter or workplan as
 * Markdown or standalone HTML in the document's own language, a workplan timeline as SVG, and the
 * hierarchy of networks as Mermaid or Graphviz DOT text.
 */
@NullMarked
package io.github.gcmkit.io.render;

import org.jspecify.annotations.NullMarked;
