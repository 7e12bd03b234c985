package io.github.gcmkit.io.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * YAML text measured as it is read, so that a scalar spanning many lines is refused before the
 * YAML parser builds it: the parser holds a scalar whole (a block scalar of 66 MB under the
 * document limit would be one string of 66 MB, and more while it grows) before its length can be
 * checked. A {@link Utf8Input.Failure} at the character where a scalar passes {@code longest}
 * characters stops the reading.
 *
 * <p>It follows the few rules of YAML that say where a scalar spans lines, and nothing else: a
 * quoted scalar runs to its closing quote, whatever the lines between; a block scalar ({@code |},
 * {@code >}) and a plain scalar after {@code key:} or {@code -} run over the following lines that
 * are blank or indented more than the key or the dash. Within flow collections ({@code [ ]},
 * {@code { }}) only quoted scalars are measured. What it measures is never less than the scalar the
 * parser would build from those lines, so a scalar within the limit is never refused here; the
 * parser and the reader after it check the exact limits. The blank lines after such a scalar are
 * held by the parser too, until it sees whether the scalar goes on: more of them in a row than
 * {@code longest} are refused as well.
 */
final class YamlScalarRuns extends Reader {

  /** What the rest of the current line may hold. */
  private enum Expect {
    /** A node: a key, a sequence entry or a value. */
    NODE,
    /** A plain token begun where a node was expected: a key if {@code ": "} follows. */
    TOKEN,
    /** After a quoted scalar begun where a node was expected: a key if {@code :} follows. */
    AFTER_QUOTED,
    /** A value, after {@code key:}. */
    VALUE,
    /** A plain scalar value, to its line's end. */
    PLAIN,
    /** A block scalar's header, after {@code |} or {@code >}. */
    HEADER,
    /** An anchor or a tag before a node or a value ({@code !!str}, {@code &a}), to the next space. */
    PROPERTY,
    /** A comment, to the line's end. */
    COMMENT,
    /** Nothing measured on the rest of the line. */
    NONE
  }

  private final Reader in;
  private final long longest;
  private final Problems.Said problem;

  private int line = 1;
  private int column;
  private boolean lineStart = true;
  private int indent;

  private Expect expect = Expect.NODE;
  /** The column of the node being read on this line: the key's, or the sequence entry's dash. */
  private int node = -1;
  private int tokenColumn;
  private int dash = -1;
  private boolean afterDash;
  private boolean afterColon;
  private int flow;
  /** Where a {@link Expect#PROPERTY} returns: to a node or to a value. */
  private Expect afterProperty = Expect.NODE;

  /** The lines after this one belong to a plain or block scalar whose key or dash is at this column. */
  private int pendingParent = -1;
  private long pendingCount;

  /** A run over lines indented more than {@code parent}: -1 when none. */
  private int parent = -1;
  private int contentIndent = -1;
  private long blankLines;

  /** A quoted scalar being read: its quote, or 0. */
  private char quote;
  private boolean singleQuoteSeen;
  private boolean afterBackslash;
  private int escapeRemaining;
  private boolean foldedIndent;
  private boolean quotedNode;

  private long count;
  private char previous = '\n';

  /** Reads {@code in}, failing where a scalar passes {@code longest} characters. */
  YamlScalarRuns(Reader in, long longest, Problems.Said problem) {
    this.in = in;
    this.longest = longest;
    this.problem = problem;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    for (int i = offset; i < offset + n; i++) {
      accept(buffer[i]);
      previous = buffer[i];
    }
    return n;
  }

  private void accept(char c) throws Utf8Input.Failure {
    if (quote != 0) {
      quoted(c);
    } else if (c == '\n') {
      endOfLine();
    } else if (lineStart && c == ' ') {
      indent++;
      if (parent >= 0 && contentIndent >= 0 && indent > contentIndent) {
        measure();
      }
    } else {
      if (lineStart) {
        lineStart = false;
        if (parent >= 0) {
          if (indent <= parent) {
            parent = -1;
          } else {
            if (contentIndent < 0) {
              contentIndent = indent;
            }
            count += blankLines;
            blankLines = 0;
            measure();
            advance();
            return;
          }
        }
      }
      if (parent >= 0) {
        measure();
      } else {
        token(c);
      }
    }
    advance();
  }

  private void advance() {
    column++;
  }

  /** A character of the current line, outside runs and quotes. */
  private void token(char c) throws Utf8Input.Failure {
    if (flow > 0 && expect != Expect.COMMENT) {
      flowCollection(c);
      return;
    }
    switch (expect) {
      case NODE -> node(c);
      case TOKEN -> {
        if (afterColon && c == ' ') {
          key(tokenColumn);
        } else {
          afterColon = c == ':';
        }
      }
      case AFTER_QUOTED -> {
        if (c == ':') {
          key(tokenColumn);
        } else if (c != ' ') {
          expect = Expect.NONE;
        }
      }
      case VALUE -> value(c);
      case PLAIN -> {
        pendingCount++;
        if (pendingCount > longest) {
          fail();
        }
      }
      case HEADER -> {
        if (c == '#') {
          expect = Expect.COMMENT;
        } else if (!(c == ' ' || c == '+' || c == '-' || (c >= '0' && c <= '9'))) {
          pendingParent = -1;
          expect = Expect.NONE;
        }
      }
      case PROPERTY -> {
        if (c == ' ') {
          expect = afterProperty;
        }
      }
      case COMMENT, NONE -> {
        // Nothing to measure.
      }
    }
  }

  /** A character within a flow collection: only brackets and quoted scalars matter. */
  private void flowCollection(char c) throws Utf8Input.Failure {
    if (c == '[' || c == '{') {
      flow++;
    } else if (c == ']' || c == '}') {
      flow--;
      if (flow == 0) {
        expect = Expect.NONE;
      }
    } else if (c == '"' || c == '\'') {
      startQuote(c, false);
    } else if (c == '#' && (column == 0 || previous == ' ')) {
      expect = Expect.COMMENT;
    }
  }

  private void node(char c) throws Utf8Input.Failure {
    if (afterDash) {
      afterDash = false;
      if (c == ' ') {
        return;
      }
      // A '-' not followed by a space begins a plain token ("-5", "---").
      dash = -1;
      expect = Expect.TOKEN;
      tokenColumn = column - 1;
      token(c);
      return;
    }
    if (c == ' ') {
      return;
    }
    if (c == '-') {
      afterDash = true;
      dash = column;
      node = column;
    } else if (c == '"' || c == '\'') {
      tokenColumn = column;
      startQuote(c, true);
    } else if (c == '|' || c == '>') {
      if (dash >= 0 && flow == 0) {
        pendingParent = dash;
        expect = Expect.HEADER;
      } else {
        expect = Expect.NONE;
      }
    } else if (c == '&' || c == '!') {
      afterProperty = Expect.NODE;
      expect = Expect.PROPERTY;
    } else if (c == '#') {
      expect = Expect.COMMENT;
    } else if (c == '?' || c == '*' || c == '%') {
      expect = Expect.NONE;
    } else if (c == '[' || c == '{') {
      expect = Expect.NONE;
      flow++;
    } else {
      expect = Expect.TOKEN;
      tokenColumn = column;
      afterColon = false;
    }
  }

  private void key(int keyColumn) {
    node = keyColumn;
    expect = Expect.VALUE;
  }

  private void value(char c) throws Utf8Input.Failure {
    if (c == ' ') {
      return;
    }
    if (c == '"' || c == '\'') {
      startQuote(c, false);
    } else if ((c == '|' || c == '>') && flow == 0) {
      pendingParent = node;
      expect = Expect.HEADER;
    } else if (c == '[' || c == '{') {
      flow++;
      expect = Expect.NONE;
    } else if (c == '&' || c == '!') {
      afterProperty = Expect.VALUE;
      expect = Expect.PROPERTY;
    } else if (c == '#') {
      expect = Expect.COMMENT;
    } else if (c == '*') {
      expect = Expect.NONE;
    } else if (flow == 0) {
      pendingParent = node;
      pendingCount = 1;
      expect = Expect.PLAIN;
    } else {
      expect = Expect.NONE;
    }
  }

  private void startQuote(char c, boolean mayBeKey) throws Utf8Input.Failure {
    quote = c;
    quotedNode = mayBeKey;
    singleQuoteSeen = false;
    afterBackslash = false;
    escapeRemaining = 0;
    foldedIndent = false;
    count = 0;
  }

  private void quoted(char c) throws Utf8Input.Failure {
    if (singleQuoteSeen) {
      singleQuoteSeen = false;
      if (c != '\'') {
        // The quote before closed the scalar; this character is read as the line's.
        closeQuote();
        accept(c);
        return;
      }
      // '' is one quote, measured once.
    } else if (afterBackslash) {
      // An escape sequence (\n, \x41, \u00e9) is one character, measured at its backslash.
      afterBackslash = false;
      escapeRemaining = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
    } else if (escapeRemaining > 0) {
      escapeRemaining--;
    } else if (quote == '"' && c == '\\') {
      afterBackslash = true;
      measure();
    } else if (quote == '"' && c == '"') {
      closeQuote();
      advance();
      return;
    } else if (!(c == ' ' && foldedIndent)) {
      // The indentation of a continuation line is not part of the scalar; anything else is.
      singleQuoteSeen = quote == '\'' && c == '\'';
      measure();
    }
    foldedIndent = c == '\n' || (foldedIndent && c == ' ');
    if (c == '\n') {
      line++;
      column = 0;
    } else {
      advance();
    }
  }

  private void closeQuote() {
    quote = 0;
    expect = quotedNode ? Expect.AFTER_QUOTED : Expect.NONE;
  }

  private void endOfLine() throws Utf8Input.Failure {
    if (parent >= 0) {
      if (lineStart) {
        blankLines++;
        if (blankLines > longest) {
          // The parser holds the line breaks after a scalar that may go on until it sees how it ends.
          throw new Utf8Input.Failure(line, 1, Problems.said("limit.yaml-blank-lines", longest));
        }
      } else {
        measure();
      }
    } else if (flow == 0) {
      if (expect == Expect.TOKEN && dash >= 0 && !afterColon) {
        // A sequence entry's plain value: it may go on over the lines indented more than its dash.
        pendingParent = dash;
        pendingCount = (long) column - tokenColumn;
        expect = Expect.PLAIN;
      }
      if (pendingParent >= 0) {
        parent = pendingParent;
        contentIndent = -1;
        blankLines = 0;
        count = expect == Expect.PLAIN ? pendingCount : 0;
      }
    }
    pendingParent = -1;
    pendingCount = 0;
    expect = Expect.NODE;
    node = -1;
    dash = -1;
    afterDash = false;
    afterColon = false;
    lineStart = true;
    indent = 0;
    line++;
    column = 0;
  }

  /** One more character of the scalar being measured. */
  private void measure() throws Utf8Input.Failure {
    count++;
    if (count > longest) {
      fail();
    }
  }

  private void fail() throws Utf8Input.Failure {
    throw new Utf8Input.Failure(line, column + 1, problem);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
