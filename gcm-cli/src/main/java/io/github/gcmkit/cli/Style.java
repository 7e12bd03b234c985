package io.github.gcmkit.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Colours for text meant for people, used only when the output is a terminal and {@code NO_COLOR}
 * is not set (<a href="https://no-color.org">no-color.org</a>).
 */
final class Style {

  private static final String RESET = "\u001B[0m";

  private final boolean colour;

  Style(boolean colour) {
    this.colour = colour;
  }

  /** Whether standard output is a terminal that may be coloured. */
  static boolean terminal() {
    if (System.getenv("NO_COLOR") != null || "dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22 and later return a console even when output is redirected; ask it.
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  String bold(String text) {
    return paint("1", text);
  }

  String dim(String text) {
    return paint("2", text);
  }

  String red(String text) {
    return paint("1;31", text);
  }

  String yellow(String text) {
    return paint("33", text);
  }

  String cyan(String text) {
    return paint("36", text);
  }

  String green(String text) {
    return paint("1;32", text);
  }

  private String paint(String code, String text) {
    return colour ? "\u001B[" + code + "m" + text + RESET : text;
  }
}
