package io.github.gcmkit.io;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EndElementTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ReferenceTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import io.github.gcmkit.io.internal.Attribute;
import io.github.gcmkit.io.internal.Enums;
import io.github.gcmkit.io.internal.ModelType;
import io.github.gcmkit.io.internal.ModelTypes;
import io.github.gcmkit.io.internal.Special;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/**
 * The tables of fields of {@code docs/format.md}, which the model gives: for each object of the
 * format, its fields in canonical order, each with its value, whether it is required and the
 * Javadoc of its accessor. Each table stands between two markers ({@link #begin}, {@link #end}),
 * under a section written by hand, whose prose stays as it is. {@link FormatDocsTest} fails when a
 * table is not current, and rewrites them all when run with {@code -Dgcmkit.updateDocs=true}.
 *
 * <p>The Javadoc is read from the model's sources with the JDK's own compiler tree API ({@code
 * jdk.compiler}): parsed, not compiled; an accessor without Javadoc takes that of the supertype it
 * overrides, as the Javadoc tool does; a link to a constant of a code list is written as the code
 * documents use.
 */
final class FormatMarkdown {

  /** The command that regenerates the schema and these tables, as a contributor types it. */
  static final String REGENERATE = "./mvnw -pl gcm-io -am test -Dtest='SchemaTest,FormatDocsTest' "
      + "-Dgcm.schema.update=true -Dgcmkit.updateDocs=true -Dsurefire.failIfNoSpecifiedTests=false";

  private static final Path MODEL_SOURCES = Path.of("..", "gcm-model", "src", "main", "java");

  private FormatMarkdown() {}

  /** The marker before the table of the fields of the object {@code name}. */
  static String begin(String name) {
    return "<!-- The fields of " + name + ", generated from the model (FormatDocsTest). -->\n";
  }

  /** The marker after the table of the fields of the object {@code name}. */
  static String end(String name) {
    return "<!-- End of the fields of " + name + ". -->\n";
  }

  /**
   * {@code page} with the table of every object's fields as the model gives it today.
   *
   * @throws IllegalStateException naming the objects whose section has no markers of its table
   */
  static String update(String page) {
    Javadoc javadoc = Javadoc.read(MODEL_SOURCES);
    List<String> missing = new ArrayList<>();
    String updated = page;
    for (Class<?> type : objects()) {
      String name = type.getSimpleName();
      int begin = updated.indexOf(begin(name));
      int end = updated.indexOf(end(name));
      if (begin < 0 || end < begin) {
        missing.add(name);
        continue;
      }
      updated = updated.substring(0, begin + begin(name).length()) + table(type, javadoc) + updated.substring(end);
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("docs/format.md has no table of the fields of " + missing + ": give each a section"
          + " '### Name' under '## Objects', with a sentence on what it is, and between its lines the two markers '"
          + begin("Name").strip() + "' and '" + end("Name").strip() + "'; then run " + REGENERATE);
    }
    return updated;
  }

  /** The types documented as objects: every model value type written field by field. */
  static List<Class<?>> objects() {
    return ModelTypes.all().stream()
        .filter(type -> !type.isEnum() && !Special.is(type) && ModelType.isValueType(type))
        // A schedule's forms are documented with the schedule.
        .filter(type -> !Special.SCHEDULE.alternatives().contains(type))
        .sorted(Comparator.comparing(Class::getSimpleName))
        .toList();
  }

  /** The table of {@code type}'s fields. */
  private static String table(Class<?> type, Javadoc javadoc) {
    StringBuilder out = new StringBuilder("| field | value | required | meaning |\n|---|---|---|---|\n");
    for (Attribute attribute : ModelType.of(type).attributes()) {
      out.append("| `").append(attribute.name()).append("` | ").append(value(attribute)).append(" | ")
          .append(attribute.shape() == Attribute.Shape.REQUIRED ? "yes" : "").append(" | ")
          .append(javadoc.of(type, attribute.name()).map(FormatMarkdown::cell).orElse("")).append(" |\n");
    }
    return out.toString();
  }

  private static String value(Attribute attribute) {
    String one = name(attribute.elementType());
    return attribute.shape() == Attribute.Shape.COLLECTION ? "array of " + one : one;
  }

  private static String name(Class<?> type) {
    if (type == String.class) {
      return "string";
    }
    if (type == int.class || type == Integer.class) {
      return "integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "boolean";
    }
    String name = Special.of(type).map(Special::schemaName).orElse(type.getSimpleName());
    return "[" + name + "](#" + name.toLowerCase(Locale.ROOT) + ")";
  }

  /** Text fit for a table cell: one line, its pipes escaped. */
  private static String cell(String text) {
    return text.replace("\n", " ").replace("|", "\\|");
  }

  /** The Javadoc of the accessors of the model's types, as Markdown. */
  private static final class Javadoc {

    private final Map<String, String> accessors = new HashMap<>();

    static Javadoc read(Path sources) {
      Javadoc javadoc = new Javadoc();
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      if (javac == null) {
        throw new IllegalStateException(
            "the JDK's compiler is not there: run the tests on a JDK, with the module jdk.compiler");
      }
      try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
          Stream<Path> walk = Files.walk(sources)) {
        List<Path> java = walk.filter(p -> p.toString().endsWith(".java"))
            .filter(p -> !p.getFileName().toString().equals("module-info.java"))
            .toList();
        JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null,
            files.getJavaFileObjectsFromPaths(java));
        DocTrees docs = DocTrees.instance(task);
        for (CompilationUnitTree unit : task.parse()) {
          String pkg = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
          TreePath root = new TreePath(unit);
          for (var type : unit.getTypeDecls()) {
            if (type instanceof ClassTree tree) {
              javadoc.add(docs, new TreePath(root, tree), pkg);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return javadoc;
    }

    /** Adds the Javadoc of the accessors of the type at {@code path} and of its nested types. */
    private void add(DocTrees docs, TreePath path, String outer) {
      ClassTree tree = (ClassTree) path.getLeaf();
      String name = outer + tree.getSimpleName();
      for (var member : tree.getMembers()) {
        if (member instanceof MethodTree method && method.getParameters().isEmpty()) {
          text(docs.getDocCommentTree(new TreePath(path, method)))
              .ifPresent(t -> accessors.put(name + "#" + method.getName(), t));
        } else if (member instanceof ClassTree nested) {
          add(docs, new TreePath(path, nested), name + ".");
        }
      }
    }

    /** The Javadoc of {@code type}'s accessor {@code name}, or of the nearest supertype's that has it. */
    Optional<String> of(Class<?> type, String name) {
      List<Class<?>> types = new ArrayList<>(List.of(type));
      for (int i = 0; i < types.size(); i++) {
        Class<?> each = types.get(i);
        String text = accessors.get(each.getCanonicalName() + "#" + name);
        if (text != null) {
          return Optional.of(text);
        }
        if (each.getSuperclass() != null) {
          types.add(each.getSuperclass());
        }
        types.addAll(List.of(each.getInterfaces()));
      }
      return Optional.empty();
    }

    /** The body of a Javadoc comment (its description, without block tags) as Markdown. */
    private static Optional<String> text(@Nullable DocCommentTree comment) {
      if (comment == null || comment.getFullBody().isEmpty()) {
        return Optional.empty();
      }
      StringBuilder out = new StringBuilder();
      boolean code = false;
      for (DocTree tree : comment.getFullBody()) {
        // An example of the Java API (<pre>{@code …}</pre>) says nothing of the format.
        if (tree instanceof StartElementTree element && element.getName().contentEquals("pre")) {
          code = true;
        } else if (tree instanceof EndElementTree element && element.getName().contentEquals("pre")) {
          code = false;
        } else if (!code) {
          append(out, tree);
        }
      }
      String text = out.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").strip();
      // Lines of one paragraph are joined; paragraphs are kept apart by a blank line.
      return Optional.of(text.replaceAll("(?<!\\n)\\n(?!\\n)", " ").replaceAll("\\n{3,}", "\n\n"));
    }

    private static void append(StringBuilder out, DocTree tree) {
      if (tree instanceof TextTree text) {
        out.append(text.getBody());
      } else if (tree instanceof LiteralTree literal) {
        String body = literal.getBody().getBody();
        out.append(literal.getKind() == DocTree.Kind.CODE ? "`" + body + "`" : body);
      } else if (tree instanceof LinkTree link) {
        if (link.getLabel().isEmpty()) {
          out.append('`').append(shortName(link.getReference())).append('`');
        } else {
          link.getLabel().forEach(label -> append(out, label));
        }
      } else if (tree instanceof EntityTree entity) {
        String name = entity.getName().toString();
        out.append(name.equals("amp") ? "&" : name.equals("lt") ? "<" : name.equals("gt") ? ">" : "&" + name + ";");
      } else if (tree instanceof StartElementTree element && element.getName().contentEquals("p")) {
        out.append("\n\n");
      }
    }

    /**
     * {@code dashboardNumber} for {@code Pledge#dashboardNumber()}, {@code Pledge} for a type, and
     * for a constant of a code list the code documents use ({@code network} for {@code
     * GoverningBody#NETWORK}).
     */
    private static String shortName(ReferenceTree reference) {
      String signature = reference.getSignature();
      int member = signature.indexOf('#');
      if (member < 0) {
        return signature.substring(signature.lastIndexOf('.') + 1);
      }
      String name = signature.substring(member + 1);
      int call = name.indexOf('(');
      if (call >= 0) {
        return name.substring(0, call);
      }
      String owner = signature.substring(signature.lastIndexOf('.', member) + 1, member);
      for (Class<?> type : ModelTypes.all()) {
        if (type.isEnum() && type.getSimpleName().equals(owner)) {
          for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
              return Enums.code((Enum<?>) constant);
            }
          }
        }
      }
      return name;
    }
  }
}
