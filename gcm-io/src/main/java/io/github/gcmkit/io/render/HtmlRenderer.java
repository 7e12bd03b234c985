package io.github.gcmkit.io.render;

import io.github.gcmkit.io.escape.XmlEscaper;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.workplan.Workplan;
import java.util.List;

/**
 * Renders a charter or a workplan as a standalone HTML page (one file, its style inline), in the
 * document's own language, marked with {@code <html lang="…">}. Same content as {@link
 * MarkdownRenderer}.
 */
public final class HtmlRenderer {

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}"
          + "h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem}"
          + "table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #bbb;padding:.4rem;vertical-align:top;text-align:left}"
          + "th{background:#eef3f8}";

  private HtmlRenderer() {}

  /** The charter as a standalone HTML page. */
  public static String render(Charter charter) {
    return write(Outlines.charter(charter, charter.language()));
  }

  /**
   * The charter as a standalone HTML page in {@code language} ({@code en} or {@code fr}): its headings, labels and
   * organisation names in that language, its texts too where the charter has them in it.
   */
  public static String render(Charter charter, String language) {
    return write(Outlines.charter(charter, language));
  }

  /** The workplan as a standalone HTML page. */
  public static String render(Workplan workplan) {
    return write(Outlines.workplan(workplan, workplan.language()));
  }

  /**
   * The workplan as a standalone HTML page in {@code language} ({@code en} or {@code fr}): its headings, labels and
   * organisation names in that language, its texts too where the workplan has them in it.
   */
  public static String render(Workplan workplan, String language) {
    return write(Outlines.workplan(workplan, language));
  }

  /**
   * Writes the charter as a standalone HTML page to {@code out}, a few thousand characters at a time.
   *
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
  public static void render(Charter charter, Appendable out) {
    render(charter, charter.language(), out);
  }

  /**
   * Writes the charter as a standalone HTML page in {@code language} ({@code en} or {@code fr}) to {@code out}, a few
   * thousand characters at a time.
   *
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
  public static void render(Charter charter, String language, Appendable out) {
    write(Outlines.charter(charter, language), out);
  }

  /**
   * Writes the workplan as a standalone HTML page to {@code out}, a few thousand characters at a
   * time: a workplan of any size is never held whole as text.
   *
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
  public static void render(Workplan workplan, Appendable out) {
    render(workplan, workplan.language(), out);
  }

  /**
   * Writes the workplan as a standalone HTML page in {@code language} ({@code en} or {@code fr}) to {@code out}, a few
   * thousand characters at a time.
   *
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
  public static void render(Workplan workplan, String language, Appendable out) {
    write(Outlines.workplan(workplan, language), out);
  }

  static String write(Outline outline) {
    StringBuilder out = new StringBuilder();
    write(outline, out);
    return out.toString();
  }

  static void write(Outline outline, Appendable to) {
    Chunks chunks = new Chunks(to);
    StringBuilder out = chunks.text();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(XmlEscaper.attribute(outline.language())).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(XmlEscaper.content(outline.title())).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    for (Outline.Block block : outline.blocks()) {
      if (block instanceof Outline.Heading h) {
        out.append("<h").append(h.level()).append('>').append(XmlEscaper.content(h.text())).append("</h").append(h.level()).append(">\n");
      } else if (block instanceof Outline.Paragraph p) {
        out.append("<p>");
        if (!p.lead().isEmpty()) {
          out.append("<strong>").append(XmlEscaper.content(p.lead())).append(Labels.colon(outline.language())).append("</strong> ");
        }
        out.append(XmlEscaper.content(p.text())).append("</p>\n");
      } else if (block instanceof Outline.Items items) {
        items(chunks, items.items(), items.numbered());
      } else if (block instanceof Outline.Table t) {
        out.append("<table>\n<thead><tr>");
        t.header().forEach(c -> out.append("<th>").append(XmlEscaper.content(c)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
          out.append("<tr>");
          row.forEach(c -> out.append("<td>").append(XmlEscaper.content(c)).append("</td>"));
          out.append("</tr>\n");
          chunks.pass();
        }
        out.append("</tbody>\n</table>\n");
      }
      chunks.pass();
    }
    out.append("</body>\n</html>\n");
    chunks.end();
  }

  private static void items(Chunks chunks, List<Outline.Item> items, boolean numbered) {
    StringBuilder out = chunks.text();
    String tag = numbered ? "ol" : "ul";
    out.append('<').append(tag).append(">\n");
    for (Outline.Item item : items) {
      out.append("<li>").append(XmlEscaper.content(item.text()));
      if (!item.children().isEmpty()) {
        out.append('\n');
        items(chunks, item.children(), false);
      }
      out.append("</li>\n");
      chunks.pass();
    }
    out.append("</").append(tag).append(">\n");
  }
}
