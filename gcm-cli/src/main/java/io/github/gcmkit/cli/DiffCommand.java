package io.github.gcmkit.cli;

import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.escape.MarkdownEscaper;
import io.github.gcmkit.io.escape.TerminalEscaper;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Network;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gcm diff}: two charters side by side, clause by clause. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Set two charters side by side, clause by clause.",
      "",
      "Mission, objectives, composition, co-chairs, meetings, decisions, working groups, annual review, "
          + "secretariat, reporting: each clause is marked = or ≠.",
      "",
      "A and B are charter or network documents, or with --bundled the ids of bundled networks "
          + "(for example: gcm diff --bundled sn wca).",
      ""
    })
final class DiffCommand implements Callable<Integer> {

  private static final int NAME_WIDTH = 22;
  private static final int COLUMN_WIDTH = 46;

  @Spec CommandSpec spec = CommandSpec.create();

  @Option(names = "--bundled", description = "A and B are ids of bundled networks: global, wca, cm or sn.")
  boolean bundled;

  @Option(names = "--format", paramLabel = "text|markdown", defaultValue = "text",
      description = "'text', two columns (the default), or 'markdown', a table.")
  String format = "text";

  @Mixin LanguageOption lang = new LanguageOption();

  @Option(names = "--changed", description = "Show only the clauses that differ.")
  boolean changed;

  @Parameters(index = "0", paramLabel = "A", description = "The first charter.")
  String first = "";

  @Parameters(index = "1", paramLabel = "B", description = "The second charter.")
  String second = "";

  /** One clause of the two charters: its name, whether they say the same, and what each says. */
  private record Row(String clause, boolean same, ClauseText left, ClauseText right) {}

  @Override
  public Integer call() {
    boolean markdown = Choice.of(spec, "--format", format, "text", "markdown").equals("markdown");
    CharterClauses clauses = new CharterClauses(lang.language);
    Map<String, ClauseText> a = clauses.of(charter(first));
    Map<String, ClauseText> b = clauses.of(charter(second));
    List<Row> rows = new ArrayList<>();
    int differing = 0;
    for (Map.Entry<String, ClauseText> clause : a.entrySet()) {
      ClauseText left = clause.getValue();
      ClauseText right = b.getOrDefault(clause.getKey(), ClauseText.empty());
      boolean same = left.sameText(right);
      differing += same ? 0 : 1;
      if (!(changed && same)) {
        rows.add(new Row(clause.getKey(), same, left, right));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (markdown) {
      markdown(rows, out);
    } else {
      text(rows, out);
    }
    out.println(new Words(lang.language).word(differing == 1 ? "diff.summary.one" : "diff.summary", differing, a.size()));
    out.flush();
    return Gcm.OK;
  }

  private Charter charter(String argument) {
    GcmDocument document = Inputs.one(argument, bundled);
    if (document.value() instanceof Charter charter) {
      return charter;
    }
    if (document.value() instanceof Network network) {
      return network.charter().orElseThrow(() -> CommandException.of("network.no-charter", network.id()));
    }
    throw CommandException.of("refused.not-charter-or-network", argument, document.kind().code());
  }

  /** The rows side by side, written line by line: a clause of any length is never laid out whole. */
  private void text(List<Row> rows, PrintWriter out) {
    out.append(pad("", NAME_WIDTH)).append("   ").append(pad(TerminalEscaper.text(first), COLUMN_WIDTH)).append("  ")
        .append(TerminalEscaper.text(second))
        .append('\n');
    out.append("─".repeat(NAME_WIDTH + 3 + COLUMN_WIDTH * 2 + 2)).append('\n');
    for (Row row : rows) {
      Iterator<String> left = lines(row.left());
      Iterator<String> right = lines(row.right());
      for (boolean top = true; left.hasNext() || right.hasNext(); top = false) {
        String line = pad(top ? row.clause() : "", NAME_WIDTH) + ' ' + (top ? sign(row) : " ") + ' '
            + pad(left.hasNext() ? left.next() : "", COLUMN_WIDTH) + "  " + (right.hasNext() ? right.next() : "");
        out.append(line.stripTrailing()).append('\n');
      }
    }
    out.append('\n');
  }

  /** A clause's text in the column's lines, escaped for the terminal (piece by piece: the escaper maps characters alone). */
  private static Iterator<String> lines(ClauseText text) {
    return new WrappedLines(text.isEmpty() ? "—" : text.eachPiece(TerminalEscaper::text), COLUMN_WIDTH);
  }

  private static String sign(Row row) {
    return row.same() ? "=" : "≠";
  }

  private void markdown(List<Row> rows, PrintWriter out) {
    out.append("| clause | | ").append(cell(first)).append(" | ").append(cell(second)).append(" |\n");
    out.append("| --- | --- | --- | --- |\n");
    for (Row row : rows) {
      // Each cell escaped straight into the output, piece after piece: a clause is never copied whole.
      out.append("| ").append(row.clause()).append(" | ").append(sign(row)).append(" | ");
      MarkdownEscaper.text(row.left(), out);
      out.append(" | ");
      MarkdownEscaper.text(row.right(), out);
      out.append(" |\n");
    }
    out.append('\n');
  }

  private static String cell(String text) {
    return MarkdownEscaper.text(text);
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
