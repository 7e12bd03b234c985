package io.github.gcmkit.io.escape;

/**
 * Document text as one field of a CSV file (RFC 4180), safe to open in a spreadsheet. A field
 * holding a comma, a double quote, a carriage return or a line feed is enclosed in double quotes,
 * its double quotes doubled. A field that would begin with {@code = + - @}, a tab, a carriage return
 * or a line feed, which spreadsheets read as the start of a formula, is prefixed with a single quote
 * and enclosed in double quotes, as OWASP recommends against CSV injection. NUL and lone surrogates
 * become U+FFFD.
 *
 * <pre>{@code
 * CsvEscaper.field("=HYPERLINK(\"x\")") // "\"'=HYPERLINK(\"\"x\"\")\""
 * }</pre>
 */
public final class CsvEscaper {

  private static final String FORMULA_START = "=+-@\t\r\n";

  private CsvEscaper() {}

  /** The text as one CSV field, quoted where needed. */
  public static String field(String text) {
    String plain = Unicode.encodable(text).replace('\0', Unicode.REPLACEMENT);
    boolean formula = !plain.isEmpty() && FORMULA_START.indexOf(plain.charAt(0)) >= 0;
    boolean quote = formula || plain.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
    if (!quote) {
      return plain;
    }
    return "\"" + (formula ? "'" : "") + plain.replace("\"", "\"\"") + "\"";
  }
}
