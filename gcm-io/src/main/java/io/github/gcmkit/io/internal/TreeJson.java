package io.github.gcmkit.io.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import java.util.Map;

/** Writes a {@link Tree} as compact JSON text (for the extensions of lenient reading). */
final class TreeJson {

  private TreeJson() {}

  static String write(Tree tree) {
    StringBuilder out = new StringBuilder();
    write(tree, out);
    return out.toString();
  }

  private static void write(Tree tree, StringBuilder out) {
    if (tree instanceof Tree.Obj obj) {
      out.append('{');
      boolean first = true;
      for (Tree.Member e : obj.members()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(e.name(), out);
        out.append(':');
        write(e.value(), out);
      }
      out.append('}');
    } else if (tree instanceof Tree.Arr arr) {
      out.append('[');
      for (int i = 0; i < arr.items().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(arr.items().get(i), out);
      }
      out.append(']');
    } else {
      Tree.Scalar s = (Tree.Scalar) tree;
      switch (s.kind()) {
        case STRING -> string(s.text(), out);
        case INTEGER, DECIMAL -> number(s.text(), out);
        case BOOLEAN -> out.append(Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT)));
        case NULL -> out.append("null");
      }
    }
  }

  /** A number as JSON writes it; one written so already is kept as written, digit for digit. */
  private static void number(String text, StringBuilder out) {
    if (JSON_NUMBER.matcher(text).matches()) {
      out.append(text);
      return;
    }
    // A YAML-only spelling (+1, .5): its decimal value.
    try {
      out.append(new BigDecimal(text).toString());
    } catch (NumberFormatException e) {
      string(text, out);
    }
  }

  private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
