package io.github.gcmkit.io.render;

import io.github.gcmkit.io.escape.MarkdownEscaper;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.workplan.Workplan;
import java.util.List;

/**
 * Renders a charter or a workplan back to a readable Markdown document, in the document's own
 * language: French headings and labels for a French charter ("Objectifs du réseau",
 * "Coprésidents"), English ones otherwise. Workstreams are laid out as the workplans lay them out,
 * in a table of outcome, timeline, leads and participants, followed by their activities.
 *
 * <pre>{@code
 * String markdown = MarkdownRenderer.render(charter);
 * }</pre>
 */
public final class MarkdownRenderer {

  private MarkdownRenderer() {}

  /** The charter as Markdown. */
  public static String render(Charter charter) {
    return write(Outlines.charter(charter, charter.language()));
  }

  /**
   * The charter as Markdown in {@code language} ({@code en} or {@code fr}): its headings, labels and
   * organisation names in that language, its texts too where the charter has them in it.
   */
  public static String render(Charter charter, String language) {
    return write(Outlines.charter(charter, language));
  }

  /** The workplan as Markdown. */
  public static String render(Workplan workplan) {
    return write(Outlines.workplan(workplan, workplan.language()));
  }

  /**
   * The workplan as Markdown in {@code language} ({@code en} or {@code fr}): its headings, labels and
   * organisation names in that language, its texts too where the workplan has them in it.
   */
  public static String render(Workplan workplan, String language) {
    return write(Outlines.workplan(workplan, language));
  }

  /**
   * Writes the charter as Markdown to {@code out}, a few thousand characters at a time.
   *
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
  public static void render(Charter charter, Appendable out) {
    render(charter, charter.language(), out);
  }

  /**
   * Writes the charter as Markdown in {@code language} ({@code en} or {@code fr}) to {@code out}, a few
   * thousand characters at a time.
   *
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
  public static void render(Charter charter, String language, Appendable out) {
    write(Outlines.charter(charter, language), out);
  }

  /**
   * Writes the workplan as Markdown to {@code out}, a few thousand characters at a time: a workplan
   * of any size is never held whole as text.
   *
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
  public static void render(Workplan workplan, Appendable out) {
    render(workplan, workplan.language(), out);
  }

  /**
   * Writes the workplan as Markdown in {@code language} ({@code en} or {@code fr}) to {@code out}, a few
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
    for (Outline.Block block : outline.blocks()) {
      if (block instanceof Outline.Heading h) {
        out.append("#".repeat(h.level())).append(' ').append(MarkdownEscaper.text(h.text())).append("\n\n");
      } else if (block instanceof Outline.Paragraph p) {
        if (!p.lead().isEmpty()) {
          out.append("**").append(MarkdownEscaper.text(p.lead())).append(Labels.colon(outline.language()))
              .append(p.text().isEmpty() ? "**" : "** ");
        }
        out.append(MarkdownEscaper.text(p.text())).append("\n\n");
      } else if (block instanceof Outline.Items items) {
        items(chunks, items.items(), items.numbered(), 0);
        out.append('\n');
      } else if (block instanceof Outline.Table t) {
        row(out, t.header());
        out.append('|').append(" --- |".repeat(t.header().size())).append('\n');
        for (List<String> r : t.rows()) {
          row(out, r);
          chunks.pass();
        }
        out.append('\n');
      }
      chunks.pass();
    }
    chunks.end();
  }

  private static void items(Chunks chunks, List<Outline.Item> items, boolean numbered, int depth) {
    int n = 1;
    for (Outline.Item item : items) {
      chunks.text().append("  ".repeat(depth * (numbered ? 2 : 1)))
          .append(numbered ? (n++) + ". " : "- ")
          .append(MarkdownEscaper.text(item.text()))
          .append('\n');
      chunks.pass();
      items(chunks, item.children(), false, depth + 1);
    }
  }

  private static void row(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(MarkdownEscaper.text(cell)).append(" |");
    }
    out.append('\n');
  }
}
