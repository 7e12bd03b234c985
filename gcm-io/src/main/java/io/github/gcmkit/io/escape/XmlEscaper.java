package io.github.gcmkit.io.escape;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;

/**
 * Text for XML, SVG and HTML: element content and attribute values. The characters XML 1.0 does
 * not allow in a document (C0 controls other than tab, line feed and carriage return, U+FFFE,
 * U+FFFF, lone surrogates) are replaced by U+FFFD, so that any text gives a well-formed document;
 * {@code & <} and {@code >} are written as references, and in attribute values the quotes, tab,
 * line feed and carriage return too, so that an attribute keeps them as they are.
 *
 * <pre>{@code
 * XmlEscaper.content("<script>") // "&lt;script&gt;"
 * }</pre>
 */
public final class XmlEscaper {

  // Guava's escapers know XML's forbidden characters; they work on chars, so lone surrogates are
  // replaced before they run.
  private static final Escaper CONTENT = XmlEscapers.xmlContentEscaper();
  private static final Escaper ATTRIBUTE = XmlEscapers.xmlAttributeEscaper();

  private XmlEscaper() {}

  /** The text escaped as an element's content; apostrophes and double quotes stay as they are. */
  public static String content(String text) {
    return CONTENT.escape(Unicode.encodable(text));
  }

  /** The text escaped as an attribute value, in single or double quotes. */
  public static String attribute(String text) {
    return ATTRIBUTE.escape(Unicode.encodable(text));
  }
}
