package io.github.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.gcmkit.io.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The compact position index locates every value of any tree exactly as the tree itself places it,
 * and a pointer to a value the tree does not have at the nearest value it does have.
 */
class PositionTreeTest {

  private static final String[] NAMES = {"id", "", "~", "a/b", "~1", "title", "x", "0", "members", "é"};

  @Test
  void everyValueIsLocatedWhereTheTreePlacesIt() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      Tree tree = tree(random, 0);
      int offset = random.nextInt(3) == 0 ? random.nextInt(1_000_000) : 0;
      PositionTree positions = positions("doc", tree, offset);
      check(positions, tree, "", offset);
    });
  }

  @Test
  void aMissingValueIsLocatedAtItsNearestEnclosingValue() {
    Tree.Scalar name = new Tree.Scalar(3, 7, Tree.ScalarKind.STRING, "n");
    Tree.Arr items = new Tree.Arr(4, 2, List.of(name, new Tree.Obj(9, 1, List.of())));
    Tree.Obj root = new Tree.Obj(1, 1, List.of(new Tree.Member("a/b", 2, 1, items)));
    PositionTree positions = positions("doc", root, 0);
    assertThat(positions.locate("/a~1b/0")).contains(Location.of("doc", 3, 7));
    assertThat(positions.locate("/a~1b/1/missing")).contains(Location.of("doc", 9, 1));
    assertThat(positions.locate("/a~1b/2")).contains(Location.of("doc", 4, 2));
    assertThat(positions.locate("/a~1b/01")).contains(Location.of("doc", 4, 2));
    assertThat(positions.locate("/a~1b/0/deeper")).contains(Location.of("doc", 3, 7));
    assertThat(positions.locate("/nothing")).contains(Location.of("doc", 1, 1));
  }

  @Test
  void aWideDocumentKeepsEachNameOnce() {
    List<Tree> items = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      items.add(new Tree.Obj(i + 2, 3, List.of(
          new Tree.Member("id", i + 2, 5, new Tree.Scalar(i + 2, 11, Tree.ScalarKind.STRING, "1." + i)),
          new Tree.Member("outcome", i + 2, 20, new Tree.Scalar(i + 2, 31, Tree.ScalarKind.STRING, "o")))));
    }
    PositionTree positions = positions("doc", new Tree.Obj(1, 1,
        List.of(new Tree.Member("workstreams", 1, 2, new Tree.Arr(1, 16, items)))), 0);
    assertThat(positions.locate("/workstreams/9999/outcome")).contains(Location.of("doc", 10_001, 31));
    assertThat(positions.locate("/workstreams/4321/id")).contains(Location.of("doc", 4_323, 11));
    assertThat(positions.locate("/workstreams/0")).contains(Location.of("doc", 2, 3));
  }

  private static void check(PositionTree positions, Tree value, String pointer, int offset) {
    assertThat(positions.locate(pointer)).as(pointer)
        .contains(Location.of("doc", value.line() + offset, value.column()));
    if (value instanceof Tree.Obj obj) {
      for (Tree.Member m : obj.members()) {
        check(positions, m.value(), pointer + "/" + m.name().replace("~", "~0").replace("/", "~1"), offset);
      }
      assertThat(positions.locate(pointer + "/no such member")).contains(
          Location.of("doc", value.line() + offset, value.column()));
    } else if (value instanceof Tree.Arr arr) {
      for (int i = 0; i < arr.items().size(); i++) {
        check(positions, arr.items().get(i), pointer + "/" + i, offset);
      }
      assertThat(positions.locate(pointer + "/" + arr.items().size())).contains(
          Location.of("doc", value.line() + offset, value.column()));
    }
  }

  /** A tree of any shape, its positions anywhere (not in document order), its names recurring. */
  private static Tree tree(SplittableRandom random, int depth) {
    int line = random.nextInt(4) == 0 ? random.nextInt(1, Integer.MAX_VALUE / 2) : random.nextInt(1, 200);
    int column = random.nextInt(4) == 0 ? random.nextInt(1, 67_108_864) : random.nextInt(1, 100);
    int shape = depth > 4 ? 2 : random.nextInt(3);
    int width = random.nextInt(8) == 0 ? random.nextInt(100) : random.nextInt(5);
    if (shape == 0) {
      List<Tree.Member> members = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        String name = NAMES[random.nextInt(NAMES.length)] + (random.nextBoolean() ? "" : Integer.toString(i));
        if (members.stream().noneMatch(m -> m.name().equals(name))) {
          members.add(new Tree.Member(name, line, column, tree(random, depth + 1)));
        }
      }
      return new Tree.Obj(line, column, members);
    }
    if (shape == 1) {
      List<Tree> items = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        items.add(tree(random, depth + 1));
      }
      return new Tree.Arr(line, column, items);
    }
    return new Tree.Scalar(line, column, Tree.ScalarKind.STRING, "s");
  }

  /** The positions of {@code tree}, recorded as a reader records them, value by value. */
  private static PositionTree positions(String source, Tree tree, int lineOffset) {
    Positions positions = new Positions();
    record(positions, tree, null);
    return PositionTree.of(source, positions, lineOffset);
  }

  private static void record(Positions positions, Tree value, @org.jspecify.annotations.Nullable String name) {
    int at = positions.value(value.line(), value.column(), name);
    if (value instanceof Tree.Obj obj) {
      positions.open(at);
      obj.members().forEach(m -> record(positions, m.value(), m.name()));
      positions.close();
    } else if (value instanceof Tree.Arr arr) {
      positions.open(at);
      arr.items().forEach(item -> record(positions, item, null));
      positions.close();
    }
  }
}
