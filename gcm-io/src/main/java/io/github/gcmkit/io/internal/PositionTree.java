package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.DocumentPositions;
import io.github.gcmkit.io.Location;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The positions of a read document: the shape of its tree (member names, items) with the line and
 * column of every value, and none of its text, kept beside the model so that findings can be
 * located after the tree itself is gone.
 */
public final class PositionTree implements DocumentPositions {

  private final String source;
  private final Node root;

  private PositionTree(String source, Node root) {
    this.source = source;
    this.root = root;
  }

  /** The positions of {@code tree}, read from {@code source}. */
  public static PositionTree of(String source, Tree tree) {
    return new PositionTree(source, Node.of(tree));
  }

  @Override
  public Optional<Location> locate(String pointer) {
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("pointer: '" + pointer + "' is not a JSON Pointer");
    }
    Node node = root;
    int start = 1;
    while (start <= pointer.length() && !pointer.isEmpty()) {
      int end = pointer.indexOf('/', start);
      if (end < 0) {
        end = pointer.length();
      }
      Node next = node.child(unescape(pointer.substring(start, end)));
      if (next == null) {
        break;
      }
      node = next;
      start = end + 1;
    }
    return Optional.of(new Location(source, node.line, node.column));
  }

  private static String unescape(String token) {
    return token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~");
  }

  /** One value: where it stood and, for an object or array, its members or items. */
  private static final class Node {
    final int line;
    final int column;
    final String @Nullable [] names;
    final Node @Nullable [] children;

    private Node(int line, int column, String @Nullable [] names, Node @Nullable [] children) {
      this.line = line;
      this.column = column;
      this.names = names;
      this.children = children;
    }

    static Node of(Tree tree) {
      if (tree instanceof Tree.Obj obj) {
        List<Tree.Member> members = obj.members();
        String[] names = new String[members.size()];
        Node[] children = new Node[members.size()];
        for (int i = 0; i < names.length; i++) {
          names[i] = members.get(i).name();
          children[i] = of(members.get(i).value());
        }
        return new Node(obj.line(), obj.column(), names, children);
      }
      if (tree instanceof Tree.Arr arr) {
        Node[] children = new Node[arr.items().size()];
        for (int i = 0; i < children.length; i++) {
          children[i] = of(arr.items().get(i));
        }
        return new Node(arr.line(), arr.column(), null, children);
      }
      return new Node(tree.line(), tree.column(), null, null);
    }

    /** The member or item {@code token} names, or null. */
    @Nullable Node child(String token) {
      Node[] items = children;
      if (items == null) {
        return null;
      }
      String[] keys = names;
      if (keys != null) {
        for (int i = 0; i < keys.length; i++) {
          if (keys[i].equals(token)) {
            return items[i];
          }
        }
        return null;
      }
      int index = index(token);
      return index >= 0 && index < items.length ? items[index] : null;
    }

    /** The array index {@code token} is (digits without a leading zero), or -1. */
    private static int index(String token) {
      if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
        return -1;
      }
      for (int i = 0; i < token.length(); i++) {
        if (token.charAt(i) < '0' || token.charAt(i) > '9') {
          return -1;
        }
      }
      return Integer.parseInt(token);
    }
  }
}
