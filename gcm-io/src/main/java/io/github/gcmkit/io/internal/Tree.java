package io.github.gcmkit.io.internal;

import java.util.List;

/**
 * A parsed document as a small tree that remembers where each value stood (line and column), so
 * that every problem found while binding it to the model can be located exactly.
 */
public sealed interface Tree permits Tree.Obj, Tree.Arr, Tree.Scalar {

  /** The 1-based line of the value's first character. */
  int line();

  /** The 1-based column of the value's first character. */
  int column();

  /** What the value is, in the words a person reads ("an object", "a string"). */
  String describe();

  /**
   * An object, its members in document order, without duplicate names. Held compactly, as a
   * document of a hundred thousand objects is held whole while it is bound.
   */
  record Obj(int line, int column, List<Member> members) implements Tree {
    @Override
    public String describe() {
      return "an object";
    }

    /** The member named {@code name}, or {@code null}. */
    public @org.jspecify.annotations.Nullable Tree get(String name) {
      for (Member m : members) {
        if (m.name().equals(name)) {
          return m.value();
        }
      }
      return null;
    }
  }

  /** One member of an object: its name, where the name stood, and its value. */
  record Member(String name, int line, int column, Tree value) {}

  /** An array. */
  record Arr(int line, int column, List<Tree> items) implements Tree {
    @Override
    public String describe() {
      return "an array";
    }
  }

  /** The kinds of scalar. */
  enum ScalarKind {
    STRING("a string"),
    INTEGER("an integer"),
    DECIMAL("a number"),
    BOOLEAN("a boolean"),
    NULL("null");

    final String description;

    ScalarKind(String description) {
      this.description = description;
    }
  }

  /** A string, number, boolean or null, with its text as written. */
  record Scalar(int line, int column, ScalarKind kind, String text) implements Tree {
    @Override
    public String describe() {
      return kind.description;
    }
  }
}
