package io.github.gcmkit.io.escape;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hostile texts of issue 16, each in the medium it broke. */
class EscapersTest {

  @Test
  void markdownNeutralisesHtmlLinksAndTableCells() {
    assertThat(MarkdownEscaper.text("<script>alert(1)</script>")).isEqualTo("\\<script\\>alert(1)\\</script\\>");
    assertThat(MarkdownEscaper.text("<img src=x onerror=alert(1)>")).isEqualTo("\\<img src=x onerror=alert(1)\\>");
    assertThat(MarkdownEscaper.text("[click](javascript:alert(1))")).isEqualTo("\\[click\\](javascript:alert(1))");
    assertThat(MarkdownEscaper.text("1.2 | evil")).isEqualTo("1.2 \\| evil");
    assertThat(MarkdownEscaper.text("- not a list\n# not a heading")).isEqualTo("\\- not a list \\# not a heading");
    assertThat(MarkdownEscaper.text("1. not a list")).isEqualTo("1\\. not a list");
    // Found by fuzzing: a line break that is written as a space made the number a list marker.
    assertThat(MarkdownEscaper.text("1)\u0085")).isEqualTo("1\\) ");
    assertThat(MarkdownEscaper.text("2.\u2028item")).isEqualTo("2\\. item");
    assertThat(MarkdownEscaper.text("Priorité 1 : accès")).isEqualTo("Priorité 1 : accès");
    EscapeLaws.markdown("<script>alert(1)</script>");
    EscapeLaws.markdown("1.2 | evil");
  }

  @Test
  void xmlReplacesWhatXmlForbids() {
    assertThat(XmlEscaper.content("a\uFFFEb\uFFFF\u0001<&>\"'")).isEqualTo("a\uFFFDb\uFFFD\uFFFD&lt;&amp;&gt;\"'");
    assertThat(XmlEscaper.attribute("l'\"a\"\n")).isEqualTo("l&apos;&quot;a&quot;&#xA;");
    assertThat(XmlEscaper.content("\uD800x")).isEqualTo("\uFFFDx");
    assertThat(XmlEscaper.content("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    EscapeLaws.xml("a\uFFFEb\uFFFF\uD800");
  }

  @Test
  void csvQuotesLineBreaksAndNeutralisesFormulas() {
    assertThat(CsvEscaper.field("=1+2")).isEqualTo("\"'=1+2\"");
    assertThat(CsvEscaper.field("+33")).isEqualTo("\"'+33\"");
    assertThat(CsvEscaper.field("-x")).isEqualTo("\"'-x\"");
    assertThat(CsvEscaper.field("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    assertThat(CsvEscaper.field("a\rb")).isEqualTo("\"a\rb\"");
    assertThat(CsvEscaper.field("say \"hi\", then")).isEqualTo("\"say \"\"hi\"\", then\"");
    assertThat(CsvEscaper.field("1.2")).isEqualTo("1.2");
    EscapeLaws.csv("a\rb");
  }

  @Test
  void dotAndMermaidLabelsStayLabels() {
    assertThat(DotEscaper.quoted("a\"]; x -> y; [\"")).isEqualTo("\"a\\\"]; x -> y; [\\\"\"");
    assertThat(DotEscaper.quoted("C:\\")).isEqualTo("\"C:\\\\ \"");
    assertThat(MermaidEscaper.label("a\"] --> B[\"x")).isEqualTo("\"a#quot;] --#62; B[#quot;x\"");
    assertThat(MermaidEscaper.label("#quot; <b>")).isEqualTo("\"#35;quot; #60;b#62;\"");
    EscapeLaws.dot("C:\\");
    EscapeLaws.mermaid("#quot; <b>");
  }

  @Test
  void terminalShowsEscapeSequencesAndLineBreaks() {
    assertThat(TerminalEscaper.text("id\u001b[2J\u001b]8;;http://x\u0007")).isEqualTo("id\\u001b[2J\\u001b]8;;http://x\\u0007");
    assertThat(TerminalEscaper.text("name\nfake: line")).isEqualTo("name\\u000afake: line");
    assertThat(TerminalEscaper.text("\u202eevil")).isEqualTo("\\u202eevil");
    assertThat(TerminalEscaper.text("\uD800")).isEqualTo("\\ud800");
    assertThat(TerminalEscaper.text("Réseau C:\\dir")).isEqualTo("Réseau C:\\dir");
  }
}
