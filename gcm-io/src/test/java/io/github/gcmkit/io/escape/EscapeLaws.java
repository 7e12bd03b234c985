package io.github.gcmkit.io.escape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The law of each escaper, checked by real parsers of its medium where one exists: for every input
 * the output is well-formed and inert — it parses, keeps its structure, carries no markup, and says
 * what the input said.
 */
final class EscapeLaws {

  private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private EscapeLaws() {}

  /** Any Java string, lone surrogates included: the bytes taken two at a time as UTF-16 units. */
  static String utf16(byte[] input) {
    char[] chars = new char[input.length / 2];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) (((input[2 * i] & 0xff) << 8) | (input[2 * i + 1] & 0xff));
    }
    return new String(chars);
  }

  /** XML: an element and attributes in either quotes holding the text parse, and give the text back. */
  static void xml(String text) {
    String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><r a=\"" + XmlEscaper.attribute(text) + "\" b='"
        + XmlEscaper.attribute(text) + "'>" + XmlEscaper.content(text) + "</r>";
    Element root = parseXml(document.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    assertThat(root.getChildNodes().getLength()).isLessThanOrEqualTo(1);
    // A parser reads a carriage return in content as a line feed, as XML says.
    assertThat(root.getTextContent()).isEqualTo(xmlAllowed(text).replace("\r\n", "\n").replace('\r', '\n'));
    assertThat(root.getAttribute("a")).isEqualTo(xmlAllowed(text));
    assertThat(root.getAttribute("b")).isEqualTo(xmlAllowed(text));
  }

  /** Markdown: as a paragraph, a heading, a list item and a table cell, the text is plain text. */
  static void markdown(String text) {
    String escaped = MarkdownEscaper.text(text);
    assertThat(escaped).doesNotContain("\n", "\r");
    String shown = markdownShown(text);
    Node document = MARKDOWN.parse(escaped);
    if (shown.isEmpty()) {
      assertThat(document.getFirstChild()).isNull();
    } else {
      assertThat(only(document)).isInstanceOf(Paragraph.class);
      assertThat(plainText(only(document))).isEqualTo(shown);
    }
    Node heading = only(MARKDOWN.parse("# " + escaped));
    assertThat(heading).isInstanceOf(Heading.class);
    assertThat(plainText(heading)).isEqualTo(shown);
    Node list = only(MARKDOWN.parse("- " + escaped));
    assertThat(list).isInstanceOf(BulletList.class);
    Node item = only(list);
    assertThat(item).isInstanceOf(ListItem.class);
    if (!shown.isEmpty()) {
      assertThat(plainText(only(item))).isEqualTo(shown);
    }
    Node table = only(MARKDOWN.parse("| h | i |\n| --- | --- |\n| " + escaped + " | x |\n"));
    assertThat(table).isInstanceOf(TableBlock.class);
    Node body = table.getLastChild();
    assertThat(body).isInstanceOf(TableBody.class);
    Node row = only(body);
    List<Node> cells = children(row);
    assertThat(cells).hasSize(2).allMatch(TableCell.class::isInstance);
    assertThat(plainText(cells.get(0))).isEqualTo(shown);
  }

  /** CSV: two fields on a line parse as one record of two fields, and neither starts a formula. */
  static void csv(String text) {
    String line = CsvEscaper.field(text) + "," + CsvEscaper.field("=" + text) + "\r\n";
    List<CSVRecord> records;
    try {
      records = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(line)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(records).hasSize(1);
    CSVRecord record = records.get(0);
    assertThat(record.size()).isEqualTo(2);
    String plain = Unicode.encodable(text).replace('\0', '\uFFFD');
    assertThat(record.get(0)).isIn(plain, "'" + plain);
    assertThat(record.get(1)).isEqualTo("'=" + plain);
    for (String value : record.values()) {
      assertThat(value).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
          .doesNotStartWith("\t").doesNotStartWith("\r").doesNotStartWith("\n");
    }
  }

  /**
   * DOT: the quoted string ends at its last character whether or not the lexer knows {@code \\}
   * as a pair (Graphviz versions differ), and its label reads back as the text.
   */
  static void dot(String text) {
    String quoted = DotEscaper.quoted(text);
    assertThat(quoted).startsWith("\"").endsWith("\"").doesNotContain("\n", "\r");
    assertThat(dotStringEnd(quoted, false)).isEqualTo(quoted.length() - 1);
    assertThat(dotStringEnd(quoted, true)).isEqualTo(quoted.length() - 1);
    String label = quoted.substring(1, quoted.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    String shown = lineOf(Unicode.encodable(text));
    assertThat(label).isIn(shown, shown + " ");
  }

  /** Mermaid: a quoted label with no quote, line break or markup inside, whose entities read back as the text. */
  static void mermaid(String text) {
    String label = MermaidEscaper.label(text);
    assertThat(label).startsWith("\"").endsWith("\"");
    String inside = label.substring(1, label.length() - 1);
    assertThat(inside).doesNotContain("\"", "<", ">", "&", "`", "\n", "\r");
    assertThat(inside.replaceAll("#quot;|#\\d+;", "")).doesNotContain("#");
    String decoded = java.util.regex.Pattern.compile("#quot;|#(\\d+);").matcher(inside)
        .replaceAll(m -> m.group(1) == null ? "\"" : java.util.regex.Matcher.quoteReplacement(
            String.valueOf((char) Integer.parseInt(m.group(1)))));
    assertThat(decoded).isEqualTo(lineOf(Unicode.encodable(text)));
  }

  /** Terminal: nothing that acts, one line, unchanged text left unchanged, and escaping twice is escaping once. */
  static void terminal(String text) {
    String shown = TerminalEscaper.text(text);
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      assertThat(c).isGreaterThanOrEqualTo(' ').isNotEqualTo('\u007f');
      assertThat(c < 0x80 || c > 0x9f).isTrue();
      assertThat(Unicode.isLineBreak(c) || Unicode.isLoneSurrogate(shown, i)).isFalse();
      assertThat("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069").doesNotContain(String.valueOf(c));
    }
    assertThat(TerminalEscaper.text(shown)).isEqualTo(shown);
    if (shown.length() == text.length()) {
      assertThat(shown).isEqualTo(text);
    }
  }

  private static Document parseXml(byte[] document) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(document));
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String xmlAllowed(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean forbidden = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF'
          || Unicode.isLoneSurrogate(text, i);
      out.append(forbidden ? '\uFFFD' : c);
    }
    return out.toString();
  }

  /** What Markdown shows of the text: one line, controls replaced, without its surrounding spaces. */
  private static String markdownShown(String text) {
    StringBuilder out = new StringBuilder();
    String plain = Unicode.encodable(text);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c == '\t' || Unicode.isLineBreak(c)) {
        out.append(' ');
      } else if (c < 0x20 || c == 0x7f) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString().replaceAll("^ +| +$", "");
  }

  /** The text on one line, controls and line breaks as spaces. */
  private static String lineOf(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c < 0x20 || c == 0x7f || Unicode.isLineBreak(c) ? ' ' : c);
    }
    return out.toString();
  }

  /** Where a DOT quoted string starting at 0 ends, lexing {@code \"} always and {@code \\} if asked. */
  private static int dotStringEnd(String s, boolean backslashPairs) {
    int i = 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '"' || (backslashPairs && s.charAt(i + 1) == '\\'))) {
        i += 2;
      } else if (c == '"') {
        return i;
      } else {
        i++;
      }
    }
    return -1;
  }

  private static Node only(Node parent) {
    List<Node> children = children(parent);
    assertThat(children).hasSize(1);
    return children.get(0);
  }

  private static List<Node> children(Node parent) {
    List<Node> children = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      children.add(n);
    }
    return children;
  }

  /** The text of a block whose every child is plain text, nothing else. */
  private static String plainText(Node block) {
    StringBuilder out = new StringBuilder();
    for (Node n : children(block)) {
      assertThat(n).isInstanceOf(Text.class);
      out.append(((Text) n).getLiteral());
    }
    return out.toString();
  }
}
