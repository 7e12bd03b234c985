package io.github.gcmkit.io.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import tools.jackson.core.JsonToken;

/**
 * Writes the value the tokens stand on as compact JSON text (for the extensions of lenient
 * reading), leaving the tokens on its last token.
 */
final class JsonText {

  private JsonText() {}

  static String write(Tokens in) {
    StringBuilder out = new StringBuilder();
    write(in, out);
    return out.toString();
  }

  private static void write(Tokens in, StringBuilder out) {
    JsonToken token = in.token();
    if (token == JsonToken.START_OBJECT) {
      out.append('{');
      boolean first = true;
      for (JsonToken t = in.next(); t == JsonToken.PROPERTY_NAME; t = in.next()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(in.text(), out);
        out.append(':');
        in.next();
        write(in, out);
      }
      out.append('}');
    } else if (token == JsonToken.START_ARRAY) {
      out.append('[');
      boolean first = true;
      for (JsonToken t = in.next(); t != JsonToken.END_ARRAY && t != null; t = in.next()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(in, out);
      }
      out.append(']');
    } else if (token == JsonToken.VALUE_STRING) {
      string(in.text(), out);
    } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      number(in.text(), out);
    } else if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      out.append(token == JsonToken.VALUE_TRUE);
    } else {
      out.append("null");
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
