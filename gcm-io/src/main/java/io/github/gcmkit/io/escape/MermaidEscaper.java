package io.github.gcmkit.io.escape;

import java.util.Locale;

/**
 * Document text as a Mermaid node label, quoted: {@code ["…"]}. Inside the quotes, the double
 * quote and every character Mermaid or the HTML it renders to gives a meaning ({@code # & < > `})
 * is written as Mermaid's entity code ({@code #quot;}, {@code #35;}, …), so the label can neither
 * end early nor carry markup, and an entity code written in the document shows as written. Line
 * breaks and other controls become spaces; lone surrogates become U+FFFD.
 *
 * <pre>{@code
 * MermaidEscaper.label("a\"] --> b") // "\"a#quot;] --#62; b\""
 * }</pre>
 */
public final class MermaidEscaper {

  private MermaidEscaper() {}

  /** The text as a quoted Mermaid label, quotes included. */
  public static String label(String text) {
    String plain = Unicode.encodable(text);
    StringBuilder out = new StringBuilder(plain.length() + 2).append('"');
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c == '"') {
        out.append("#quot;");
      } else if (c == '#' || c == '&' || c == '<' || c == '>' || c == '`') {
        out.append(String.format(Locale.ROOT, "#%d;", (int) c));
      } else if (c < 0x20 || c == 0x7f || Unicode.isLineBreak(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
