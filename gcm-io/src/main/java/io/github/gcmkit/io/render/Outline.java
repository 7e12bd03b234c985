package io.github.gcmkit.io.render;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A rendered document before it is written out: headings, paragraphs, lists and tables, in one
 * language. {@link MarkdownRenderer} and {@link HtmlRenderer} write the same outline in their own syntax.
 */
final class Outline {

  /** One block of the document. */
  sealed interface Block permits Heading, Paragraph, Items, Table {}

  /** A heading of level 1 (the title) to 4. */
  record Heading(int level, String text) implements Block {}

  /** A paragraph, with an optional bold lead-in ("Period: …"). */
  record Paragraph(String lead, String text) implements Block {}

  /** A list, numbered or not; each item may have sub-items. */
  record Items(boolean numbered, ImmutableList<Item> items) implements Block {}

  /** One list item and its sub-items. */
  record Item(String text, ImmutableList<Item> children) {}

  /** A table with a header row. */
  record Table(ImmutableList<String> header, ImmutableList<ImmutableList<String>> rows) implements Block {}

  private final String language;
  private final String title;
  private final ImmutableList.Builder<Block> blocks = ImmutableList.builder();

  Outline(String language, String title) {
    this.language = language;
    this.title = title;
  }

  String language() {
    return language;
  }

  String title() {
    return title;
  }

  ImmutableList<Block> blocks() {
    return blocks.build();
  }

  Outline heading(int level, String text) {
    blocks.add(new Heading(level, text));
    return this;
  }

  Outline paragraph(String text) {
    return paragraph("", text);
  }

  Outline paragraph(String lead, String text) {
    if (!text.isBlank() || !lead.isBlank()) {
      blocks.add(new Paragraph(lead, text));
    }
    return this;
  }

  Outline list(boolean numbered, List<Item> items) {
    if (!items.isEmpty()) {
      blocks.add(new Items(numbered, ImmutableList.copyOf(items)));
    }
    return this;
  }

  Outline bullets(List<String> items) {
    return list(false, items.stream().map(t -> new Item(t, ImmutableList.of())).toList());
  }

  Outline table(List<String> header, List<? extends List<String>> rows) {
    if (!rows.isEmpty()) {
      blocks.add(new Table(
          ImmutableList.copyOf(header),
          rows.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList())));
    }
    return this;
  }
}
