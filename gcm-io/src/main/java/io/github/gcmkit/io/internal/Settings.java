package io.github.gcmkit.io.internal;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the small documents that configure a validation — rule profiles and baselines — from a
 * located {@link Tree}, recording every problem with its pointer, line and column.
 */
final class Settings {


  private final Problems problems;
  private final boolean scalarsAsText;

  /** Reads into {@code problems}; with {@code scalarsAsText} (YAML), a number is accepted as text. */
  Settings(Problems problems, boolean scalarsAsText) {
    this.problems = problems;
    this.scalarsAsText = scalarsAsText;
  }

  Problems problems() {
    return problems;
  }

  /**
   * The document's root object if it is one and its version field says 1.x; else {@code null},
   * with the problem recorded. {@code what} names the document ("a rule profile").
   */
  Tree.@Nullable Obj envelope(Tree tree, String versionField, String what) {
    if (!(tree instanceof Tree.Obj root)) {
      problems.report("", tree, "not-envelope", Problems.kind(what), versionField, Problems.kind(tree.describe()));
      return null;
    }
    Tree version = root.get(versionField);
    if (version == null) {
      problems.report("", root, "required-field.not-what", versionField, Problems.kind(what));
      return null;
    }
    String v = text(version, "/" + versionField);
    if (v == null) {
      return null;
    }
    Optional<String> unsupported = Versions.problem(v, what.substring(what.lastIndexOf(' ') + 1));
    if (unsupported.isPresent()) {
      problems.report("/" + versionField, version, unsupported.get(), v);
      return null;
    }
    return root;
  }

  /** Records each field of {@code obj} that is not in {@code known}. */
  void unknownFields(Tree.Obj obj, String pointer, Set<String> known) {
    for (Tree.Member member : obj.members()) {
      if (!known.contains(member.name())) {
        Binder.unknown(problems, Pointer.member(pointer, member.name()), member.line(), member.column(),
            member.name(), known);
      }
    }
  }

  /** The field {@code name} of {@code obj}, recording a problem if it is missing. */
  @Nullable Tree required(Tree.Obj obj, String pointer, String name) {
    Tree value = obj.get(name);
    if (value == null) {
      problems.report(pointer, obj, "required-field", name);
    }
    return value;
  }

  /** A non-blank string, or {@code null} with the problem recorded. */
  @Nullable String text(Tree node, String pointer) {
    if (node instanceof Tree.Scalar s
        && (s.kind() == Tree.ScalarKind.STRING || (scalarsAsText && s.kind() != Tree.ScalarKind.NULL))) {
      if (s.text().isBlank()) {
        problems.report(pointer, node, "text-blank");
        return null;
      }
      return s.text();
    }
    return wrongType(node, pointer, "a string");
  }

  /** An object, or {@code null} with the problem recorded. */
  Tree.@Nullable Obj object(Tree node, String pointer) {
    if (node instanceof Tree.Obj obj) {
      return obj;
    }
    wrongType(node, pointer, "an object");
    return null;
  }

  /** An array, or {@code null} with the problem recorded. */
  Tree.@Nullable Arr array(Tree node, String pointer) {
    if (node instanceof Tree.Arr arr) {
      return arr;
    }
    wrongType(node, pointer, "an array");
    return null;
  }

  /** Records that {@code node} is not what was expected; returns {@code null}. */
  <T> @Nullable T wrongType(Tree node, String pointer, String expected) {
    problems.wrongType(pointer, node.line(), node.column(), expected, node.describe());
    return null;
  }
}
