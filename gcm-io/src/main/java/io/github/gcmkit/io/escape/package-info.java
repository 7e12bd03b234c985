/**
 * Escaping of document text for each medium gcmkit writes it to, so that whatever a document says
 * it is shown as text and never changes the structure of the output or acts in it: {@link
 * XmlEscaper} (HTML, SVG and XML), {@link MarkdownEscaper}, {@link CsvEscaper}, {@link DotEscaper},
 * {@link MermaidEscaper} and {@link TerminalEscaper} (a terminal, and the one-line messages of
 * problems).
 *
 * <p>Every escaper takes any Java {@code String}, lone surrogates included, and gives text that can
 * be encoded in UTF-8: a lone surrogate becomes U+FFFD (or, for the terminal, is shown as its
 * code). The escapers are stateless static functions, safe to call from any thread.
 */
@NullMarked
package io.github.gcmkit.io.escape;

import org.jspecify.annotations.NullMarked;
