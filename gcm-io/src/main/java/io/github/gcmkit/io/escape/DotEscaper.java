package io.github.gcmkit.io.escape;

/**
 * Document text as a Graphviz DOT quoted string (an id or a label): enclosed in double quotes,
 * with backslashes and double quotes escaped, so it can never end the string and the graph keeps
 * its structure; a backslash shows as itself rather than starting one of DOT's label escapes
 * ({@code \n}, {@code \l}, {@code \N}). Text that ends with a backslash gets a space after it, so
 * that no version of Graphviz reads the closing quote as escaped. Line breaks and other controls
 * become spaces; lone surrogates become U+FFFD.
 *
 * <pre>{@code
 * DotEscaper.quoted("a\"]; b [x=\"") // "\"a\\\"]; b [x=\\\"\""
 * }</pre>
 */
public final class DotEscaper {

  private DotEscaper() {}

  /** The text as a DOT quoted string, quotes included. */
  public static String quoted(String text) {
    String plain = Unicode.encodable(text);
    StringBuilder out = new StringBuilder(plain.length() + 2).append('"');
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c == '\\' || c == '"') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || Unicode.isLineBreak(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    if (plain.endsWith("\\")) {
      out.append(' ');
    }
    return out.append('"').toString();
  }
}
